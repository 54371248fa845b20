// What organiser forms share: values kept exactly as typed (so a failed form loses
// nothing), field errors as translation keys, and database refusals turned into words.
import * as v from 'valibot';
import { fieldErrors as readIssues } from '$lib/forms/errors';
import { characters, cleanTyped } from '$lib/forms/typed';
import type { Fact, Facts } from '$lib/events/access';

/** A form as typed, by field name ("title", "fact.captions", "stop0.name"…). */
export type FormValues = Record<string, string>;

/** What each part of an organiser's form gets: what was typed, and the message by a field. */
export interface FormPartProps {
	values: FormValues;
	message: (name: string) => string | undefined;
}

export type OrganiseError = `organise.errors.${
	| 'required'
	| 'tooShort'
	| 'tooLong'
	| 'choose'
	| 'communityMissing'
	| 'venueMissing'
	| 'dateInvalid'
	| 'timeInvalid'
	| 'endBeforeStart'
	| 'timeZoneInvalid'
	| 'languagesMissing'
	| 'httpsOnly'
	| 'amountInvalid'
	| 'capacityInvalid'
	| 'latitudeInvalid'
	| 'longitudeInvalid'
	| 'bothCoordinates'
	| 'walkInvalid'
	| 'weeksInvalid'
	| 'reasonMissing'
	| 'coHostsInvalid'
	| 'forbidden'
	| 'saveFailed'}`;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Field name → message key; "form" is for what belongs to no one field. */
export type FieldErrors = Record<string, OrganiseError>;

export const e = (key: string) => `organise.errors.${key}` as OrganiseError;

/** Every field as clean text; repeated fields (checkboxes) joined by commas. */
export function readForm(form: FormData): FormValues {
	const values: FormValues = {};
	for (const key of new Set(form.keys())) {
		values[key] = cleanTyped(form.getAll(key).filter((value) => typeof value === 'string').join(','));
	}
	return values;
}

/** A text field: trimmed, required or not, within the column's limit. */
export const text = (max: number, required = false, min = 1) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => !required || value.length > 0, e('required')),
		v.check((value) => !required || characters(value) >= min, e('tooShort')),
		v.maxLength(max, e('tooLong'))
	);

/** One of `options`; a field left out (no radio ticked) gets the same message as a wrong one. */
export const choice = <const T extends readonly string[]>(options: T) => v.pipe(v.optional(v.string(), ''), v.picklist(options, e('choose')));

/** The first message for each top-level field, from a valibot result. */
/** The shared reader's errors, as the organiser forms hold them (only fields that have one). */
export function fieldErrors(issues: v.BaseIssue<unknown>[] | undefined): FieldErrors {
	const errors: FieldErrors = {};
	for (const [field, key] of Object.entries(readIssues<string, OrganiseError>(issues))) if (key) errors[field] = key;
	return errors;
}

export const asFact = (value: string | undefined): Fact => (value === 'yes' || value === 'no' ? value : 'unknown');

/** The answered facts among `keys`; "not sure" is left out, because missing means unknown. */
export function readFacts(values: FormValues, keys: readonly string[]): Facts {
	const facts: Facts = {};
	for (const key of keys) {
		const fact = asFact(values[`fact.${key}`]);
		if (fact !== 'unknown') facts[key] = fact;
	}
	return facts;
}

export function factValues(facts: Facts | null | undefined, keys: readonly string[]): FormValues {
	return Object.fromEntries(keys.map((key) => [`fact.${key}`, asFact(facts?.[key])]));
}

// Constraints the form checks too; should one still refuse (a rule changed, a race), the
// message goes by the field it is about instead of a server error.
const constraintFields: Record<string, string> = {
	events_title_check: 'title',
	events_summary_check: 'summary',
	events_description_check: 'description',
	events_who_for_check: 'whoFor',
	events_time_zone_check: 'timeZone',
	events_languages_check: 'languages',
	events_cost_pence_check: 'amount',
	events_cost_note_check: 'costNote',
	events_capacity_check: 'capacity',
	events_cancel_reason_check: 'reason',
	events_check: 'end',
	events_check1: 'venue',
	events_check2: 'reason',
	event_links_join_url_check: 'joinUrl',
	venues_name_check: 'name',
	venues_address_check: 'address',
	venues_postcode_check: 'postcode',
	venues_town_check: 'town',
	venues_latitude_check: 'latitude',
	venues_longitude_check: 'longitude',
	venues_check: 'latitude',
	venues_access_note_check: 'accessNote',
	venues_access_contact_check: 'accessContact',
	venues_stops_check: 'stops',
	venues_transport_note_check: 'transportNote',
	venues_parking_note_check: 'parkingNote'
};

const constraintMessages: Record<string, OrganiseError> = {
	end: e('endBeforeStart'),
	venue: e('venueMissing'),
	reason: e('reasonMissing'),
	joinUrl: e('httpsOnly'),
	amount: e('amountInvalid'),
	capacity: e('capacityInvalid'),
	latitude: e('bothCoordinates'),
	languages: e('languagesMissing'),
	timeZone: e('timeZoneInvalid')
};

/** A refusal from Postgres or PostgREST as a message by the field it concerns. */
export function explainDbError(error: { code?: string; message?: string; hint?: string | null }): FieldErrors {
	const message = error.message ?? '';
	if (error.code === '42501' || /row-level security/.test(message)) return { form: e('forbidden') };
	if (error.hint === 'co_hosts') return { coHosts: e('coHostsInvalid') };
	if (/venue belongs to another community/.test(message) || error.code === '23503') return { venue: e('venueMissing') };
	if (error.code === '23514') {
		const field = constraintFields[/check constraint "([^"]+)"/.exec(message)?.[1] ?? ''];
		if (field) return { [field]: constraintMessages[field] ?? e('tooLong') };
	}
	return { form: e('saveFailed') };
}

