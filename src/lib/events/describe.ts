// Turning an event's structured facts into what a page says: which facts to show on a
// card, how to group them on the event page, "what it involves" sentences, directions.
import type { I18n } from '$lib/i18n/context';
import { formatList } from '$lib/i18n/format';
import { factOf, involvesFacts, type Fact, type Need } from './access';
import type { CalendarEvent } from './calendar';
import type { EventRow, Venue } from './queries';

/** Facts worth a chip on a card when they are "yes": the ones people most often filter by. */
export const chipFacts = [
	'stepFreeEntrance',
	'accessibleToilet',
	'hasInductionLoop',
	'signLanguage',
	'captions',
	'quietRoom',
	'creche'
] as const;

/** "step-free entrance, hearing loop and captions", in the page's language. */
export const factList = (keys: readonly Need[], i18n: I18n) =>
	formatList(
		keys.map((key) => i18n.t(`access.facts.${key}`)),
		i18n.lang
	);

export function yesChips(facts: Record<string, Fact>) {
	return chipFacts.filter((key) => factOf(facts, key) === 'yes');
}

/** The event page's access facts, in groups a person scans for. */
export const accessGroups = {
	gettingIn: { at: 'venue', keys: ['stepFreeEntrance', 'hasLift', 'stepFreeRouteFromStop', 'seating', 'isWellLit'] },
	toilets: { at: 'venue', keys: ['accessibleToilet', 'allGenderToilet', 'changingPlaces', 'babyChanging'] },
	hearingSeeing: {
		at: 'any',
		keys: ['hasInductionLoop', 'staffTrainedInSigning', 'signLanguage', 'captions', 'largePrint', 'transcript']
	},
	spaceSensory: { at: 'any', keys: ['quietRoom', 'assistanceAnimalsWelcome'] },
	children: { at: 'any', keys: ['creche', 'companionFree'] }
} as const;

export type AccessGroup = keyof typeof accessGroups;

/** Facts about a room don't apply to an online event, so those are not listed for one. */
const venueOnly = new Set(['hasInductionLoop', 'staffTrainedInSigning', 'quietRoom', 'assistanceAnimalsWelcome']);

export function groupedFacts(facts: Record<string, Fact>, online: boolean) {
	return (Object.keys(accessGroups) as AccessGroup[])
		.filter((group) => !(online && accessGroups[group].at === 'venue'))
		.map((group) => ({
			group,
			facts: accessGroups[group].keys
				.filter((key) => !(online && venueOnly.has(key)))
				.map((key) => ({ key, value: factOf(facts, key) }))
		}))
		.filter(({ facts }) => facts.length > 0);
}

/** What the event involves, each a sentence key: `events.involves.<fact>.<yes|no>`. Unknown facts are listed apart. */
export function involvesSentences(facts: Record<string, Fact>) {
	const keys = [...involvesFacts, 'foodServed', 'dietaryOptions'] as const;
	return {
		known: keys
			.filter((key) => factOf(facts, key) !== 'unknown')
			.map((key) => `events.involves.${key}.${factOf(facts, key) as 'yes' | 'no'}` as const),
		unknown: keys.filter((key) => factOf(facts, key) === 'unknown')
	};
}

/** Walking or public transport directions to the venue on OpenStreetMap; by address when it has no point. */
export function directionsUrl(venue: Pick<Venue, 'name' | 'address' | 'town' | 'postcode' | 'latitude' | 'longitude'>) {
	if (venue.latitude !== null && venue.longitude !== null) {
		const url = new URL('https://www.openstreetmap.org/directions');
		url.searchParams.set('route', `;${venue.latitude},${venue.longitude}`);
		return url.toString();
	}
	const url = new URL('https://www.openstreetmap.org/search');
	url.searchParams.set('query', [venue.address, venue.town, venue.postcode].filter(Boolean).join(', '));
	return url.toString();
}

/** One line for calendars and maps: "Central Library, College Green, Bristol BS1 5TL". */
export function venueLine(venue: Pick<Venue, 'name' | 'address' | 'town' | 'postcode'>) {
	const town = [venue.town, venue.postcode].filter(Boolean).join(' ');
	return [venue.name, venue.address, town].filter(Boolean).join(', ');
}

/** What calendars need to know, from an event row; `online` is the word for "online" in the person's language. */
export function calendarEvent(event: EventRow, origin: string, online: string): CalendarEvent {
	return {
		id: event.id,
		title: event.title,
		summary: event.summary,
		startsAt: event.starts_at,
		endsAt: event.ends_at,
		timeZone: event.time_zone,
		status: event.status,
		location: event.venue ? venueLine(event.venue) : online,
		url: `${origin}/events/${event.id}`,
		sequence: event.sequence,
		updatedAt: event.updated_at
	};
}
