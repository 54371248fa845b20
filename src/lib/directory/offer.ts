// The "offer help" form, for a member's own listing or an organisation's: read, checked
// with valibot, errors as translation keys by field. The area is turned into a point (a
// town, postcode area or district centre, or a full postcode's centroid with the online
// geocoder); the database snaps it to its ~1 km grid and forgets the point, except an
// organisation's full postcode, which is its public address and shown exactly.
import * as v from 'valibot';
import { fieldErrors } from '$lib/forms/errors';
import { characters, typedText } from '$lib/forms/typed';
import type strings from '$lib/i18n/locales/en/directory.json';
import type { Place } from '$lib/places/match';
import { channelKeys, languageCodes, modeKeys, pick, skillKeys, topicKeys, type Channel, type Mode, type Skill, type Topic } from './choices';
import type { Contact, Listing, NearbyHelper } from './queries';

export type OfferField =
	| 'display_name'
	| 'summary'
	| 'modes'
	| 'languages'
	| 'availability'
	| 'address'
	| 'area'
	| 'contact_channel'
	| 'contact_value';
export type ListingKind = 'member' | 'organisation';
export type OfferError = `directory.errors.${keyof (typeof strings)['directory']['errors']}`;
/** `lookUpPlace`, passed in so this module stays free of the server's gazetteer. */
export type Lookup = (text: string) => PlaceLookup | Promise<PlaceLookup>;
type PlaceLookup = { found: Place } | { found: null; suggestions: string[] };

export interface OfferInput {
	display_name: string;
	summary: string;
	topics: Topic[];
	skills: Skill[];
	languages: string[];
	modes: Mode[];
	availability: string;
	/** Organisations only: their public address, shown to everyone. */
	address: string;
	area: string;
	contact_channel: string;
	contact_value: string;
}

/** What the offer form writes: the listing's own columns, as search returns them. */
export type OfferRow = Pick<
	NearbyHelper,
	'display_name' | 'summary' | 'topics' | 'skills' | 'languages' | 'modes' | 'availability' | 'area' | 'latitude' | 'longitude'
> &
	Pick<Listing, 'address' | 'exact_point'>;

export const emptyOffer: OfferInput = {
	display_name: '',
	summary: '',
	topics: [],
	skills: [],
	languages: [],
	modes: [],
	availability: '',
	address: '',
	area: '',
	contact_channel: '',
	contact_value: ''
};

export function readOfferForm(form: FormData): OfferInput {
	const get = (name: string) => typedText(form, name);
	const all = (name: string) => form.getAll(name).map(String);
	return {
		display_name: get('display_name'),
		summary: get('summary'),
		topics: pick(topicKeys, all('topic')),
		skills: pick(skillKeys, all('skill')),
		languages: pick(languageCodes, all('language')),
		modes: pick(modeKeys, all('mode')),
		availability: get('availability'),
		address: get('address'),
		area: get('area'),
		contact_channel: get('contact_channel'),
		contact_value: get('contact_value')
	};
}

/** What the form shows for a saved listing. */
export function offerFromListing(listing: Listing, contact: Contact | null): OfferInput {
	return {
		display_name: listing.display_name,
		summary: listing.summary,
		topics: listing.topics,
		skills: listing.skills,
		languages: listing.languages,
		modes: listing.modes,
		availability: listing.availability,
		address: listing.address,
		area: listing.area,
		contact_channel: contact?.channel ?? '',
		contact_value: contact?.value ?? ''
	};
}

const e = (key: keyof (typeof strings)['directory']['errors']): OfferError => `directory.errors.${key}`;

const schema = v.object({
	display_name: v.pipe(v.string(), v.trim(), v.check((s) => characters(s) >= 2, e('nameMissing')), v.maxLength(80, e('nameTooLong'))),
	summary: v.pipe(v.string(), v.trim(), v.check((s) => characters(s) >= 10, e('summaryShort')), v.maxLength(500, e('summaryTooLong'))),
	modes: v.pipe(v.array(v.string()), v.minLength(1, e('modesMissing'))),
	languages: v.pipe(v.array(v.string()), v.minLength(1, e('languagesMissing'))),
	availability: v.pipe(v.string(), v.trim(), v.maxLength(300, e('availabilityTooLong'))),
	address: v.pipe(v.string(), v.trim(), v.maxLength(200, e('addressTooLong'))),
	contact_channel: v.picklist(channelKeys, e('channelMissing')),
	contact_value: v.pipe(v.string(), v.trim(), v.check((s) => characters(s) >= 3, e('contactMissing')), v.maxLength(200, e('contactTooLong')))
});

// The same shapes the database checks, so the message comes by the field, not as a failure.
const contactShapes: Record<Channel, { pattern: RegExp; error: OfferError }> = {
	email: { pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, error: e('emailInvalid') },
	phone: { pattern: /^\+?[0-9 ()-]{6,20}$/, error: e('phoneInvalid') },
	link: { pattern: /^https:\/\/\S+$/, error: e('linkInvalid') },
	other: { pattern: /\S/, error: e('contactMissing') }
};

export type OfferCheck =
	| { ok: true; row: OfferRow; contact: Contact }
	| { ok: false; errors: Partial<Record<OfferField, OfferError>>; suggestions: string[] };

export async function checkOffer(typed: OfferInput, kind: ListingKind, find: Lookup): Promise<OfferCheck> {
	// A person's own listing has no public address, whatever was posted.
	const parsed = v.safeParse(schema, kind === 'member' ? { ...typed, address: '' } : typed);
	const errors = fieldErrors<OfferField, OfferError>(parsed.issues);
	const channel = typed.contact_channel as Channel;
	const value = typed.contact_value.trim();
	if (!errors.contact_channel && !errors.contact_value && !contactShapes[channel].pattern.test(value)) {
		errors.contact_value = contactShapes[channel].error;
	}

	let place: Place | null = null;
	let suggestions: string[] = [];
	const area = typed.area.trim();
	if (area.length > 80) errors.area = e('areaTooLong');
	else if (area) {
		const found = await find(area);
		if (found.found) place = found.found;
		else {
			errors.area = e('areaUnknown');
			suggestions = found.suggestions;
		}
	} else if (typed.modes.includes('in_person')) errors.area = e('areaNeeded');

	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors, suggestions };
	return {
		ok: true,
		row: {
			display_name: parsed.output.display_name,
			summary: parsed.output.summary,
			topics: typed.topics,
			skills: typed.skills,
			languages: typed.languages,
			modes: typed.modes,
			availability: parsed.output.availability,
			address: parsed.output.address,
			area: place?.name ?? '',
			latitude: place?.latitude ?? null,
			longitude: place?.longitude ?? null,
			// Only a full postcode is precise enough to stand for an organisation's address.
			exact_point: kind === 'organisation' && place?.precision === 'postcode'
		},
		contact: { channel, value }
	};
}
