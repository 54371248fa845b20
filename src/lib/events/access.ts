// Access facts and needs. A fact is 'yes', 'no' or 'unknown'; a missing fact is unknown,
// and unknown is never treated as a match. A member's saved needs use the fact keys, so
// "fits my access needs" is a plain comparison.

export type Fact = 'yes' | 'no' | 'unknown';
export type Facts = Partial<Record<string, Fact>>;
export type Format = 'in_person' | 'online' | 'hybrid';

/** Facts about the place (A11yJSON names). */
export const venueFacts = [
	'stepFreeEntrance',
	'hasLift',
	'accessibleToilet',
	'allGenderToilet',
	'changingPlaces',
	'hasInductionLoop',
	'quietRoom',
	'isWellLit',
	'seating',
	'assistanceAnimalsWelcome',
	'staffTrainedInSigning',
	'babyChanging',
	'stepFreeRouteFromStop',
	'blueBadgeParking',
	'cycleParking'
] as const;

/** Facts about the event itself (schema.org accessibilityFeature / Hazard where they fit). */
export const eventFacts = [
	'captions',
	'signLanguage',
	'largePrint',
	'transcript',
	'creche',
	'quietRoom',
	'foodServed',
	'dietaryOptions',
	'bursaries',
	'companionFree'
] as const;

/** What the event involves: here "yes" is something some people need to avoid. */
export const involvesFacts = ['publicSpeaking', 'physicalActivity', 'smallGroups', 'speedNetworking', 'loud', 'flashingLights'] as const;

export type VenueFact = (typeof venueFacts)[number];
export type EventFact = (typeof eventFacts)[number] | (typeof involvesFacts)[number];

/** Needs a member can save, and the answer that meets each. Keys are fact keys. */
export const needs = {
	stepFreeEntrance: { wants: 'yes', at: 'venue' },
	hasLift: { wants: 'yes', at: 'venue' },
	stepFreeRouteFromStop: { wants: 'yes', at: 'venue' },
	accessibleToilet: { wants: 'yes', at: 'venue' },
	changingPlaces: { wants: 'yes', at: 'venue' },
	seating: { wants: 'yes', at: 'venue' },
	blueBadgeParking: { wants: 'yes', at: 'venue' },
	assistanceAnimalsWelcome: { wants: 'yes', at: 'venue' },
	hasInductionLoop: { wants: 'yes', at: 'venue' },
	quietRoom: { wants: 'yes', at: 'any' },
	captions: { wants: 'yes', at: 'event' },
	signLanguage: { wants: 'yes', at: 'event' },
	largePrint: { wants: 'yes', at: 'event' },
	transcript: { wants: 'yes', at: 'event' },
	creche: { wants: 'yes', at: 'event' },
	dietaryOptions: { wants: 'yes', at: 'event' },
	publicSpeaking: { wants: 'no', at: 'event' },
	speedNetworking: { wants: 'no', at: 'event' },
	loud: { wants: 'no', at: 'event' },
	flashingLights: { wants: 'no', at: 'event' },
	physicalActivity: { wants: 'no', at: 'event' }
} as const satisfies Record<string, { wants: Fact; at: 'venue' | 'event' | 'any' }>;

export type Need = keyof typeof needs;
export const needKeys = Object.keys(needs) as Need[];

export function isNeed(value: unknown): value is Need {
	return typeof value === 'string' && Object.hasOwn(needs, value);
}

const asFact = (value: unknown): Fact => (value === 'yes' || value === 'no' ? value : 'unknown');

/** The event's facts over the venue's: an event can add a creche the venue lacks. */
export function combinedFacts(venue: Facts | null | undefined, event: Facts | null | undefined): Record<string, Fact> {
	const result: Record<string, Fact> = {};
	for (const [key, value] of Object.entries(venue ?? {})) result[key] = asFact(value);
	for (const [key, value] of Object.entries(event ?? {})) {
		if (asFact(value) !== 'unknown' || !(key in result)) result[key] = asFact(value);
	}
	return result;
}

export function factOf(facts: Record<string, Fact>, key: string): Fact {
	return asFact(facts[key]);
}

export type Fit = 'fits' | 'not_confirmed' | 'does_not_fit';

export interface NeedsMatch {
	fit: Fit;
	/** Needs the event says it does not meet. */
	unmet: Need[];
	/** Needs nobody has confirmed either way. */
	unconfirmed: Need[];
	/** Hybrid events: place needs not met in the room, but met by joining online. */
	onlineInstead: Need[];
}

/**
 * Does an event fit someone's needs? Online events meet every need about the place;
 * a hybrid event whose room falls short still fits by joining online, and says so.
 */
export function matchNeeds(facts: Record<string, Fact>, format: Format, wanted: readonly Need[]): NeedsMatch {
	const match: NeedsMatch = { fit: 'fits', unmet: [], unconfirmed: [], onlineInstead: [] };
	for (const need of wanted) {
		const { wants, at } = needs[need];
		if (at === 'venue' && format === 'online') continue;
		const answer = factOf(facts, need);
		if (answer === wants) continue;
		if (at === 'venue' && format === 'hybrid') match.onlineInstead.push(need);
		else if (answer === 'unknown') match.unconfirmed.push(need);
		else match.unmet.push(need);
	}
	match.fit = match.unmet.length ? 'does_not_fit' : match.unconfirmed.length ? 'not_confirmed' : 'fits';
	return match;
}

/** Facts an organiser has left unknown, to warn before publishing. */
export function unknownFacts(facts: Record<string, Fact>, format: Format): string[] {
	const keys: readonly string[] = [...(format === 'online' ? [] : venueFacts), ...eventFacts, ...involvesFacts];
	return [...new Set(keys)].filter((key) => factOf(facts, key) === 'unknown');
}
