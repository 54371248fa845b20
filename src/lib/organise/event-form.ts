// The event form: what an organiser typed, checked, and turned into an `events` row and
// its joining link; and a saved event turned back into form values for editing.
import type { EventRow } from '$lib/events/queries';
import * as v from 'valibot';
import { eventFacts, involvesFacts, type Facts, type Format } from '$lib/events/access';
import { isUuid } from '$lib/forms/typed';
import { choice, e, factValues, fieldErrors, readFacts, text, type Checked, type FormValues } from './form';
import { isTimeZone, utcToZoned, zonedToUtc } from './time';

export const formats = ['in_person', 'online', 'hybrid'] as const satisfies readonly Format[];

/** Languages offered as checkboxes; named in the reader's language with Intl.DisplayNames. */
export const languageOptions = ['en', 'cy', 'ar', 'ur', 'pa', 'bn', 'so', 'pl', 'ro', 'zh', 'es', 'fr'] as const;

export const eventFactKeys = [...eventFacts, ...involvesFacts] as const;

/** What the event form writes: the event's own columns. */
export type EventInput = Pick<
	EventRow,
	'community_id' | 'venue_id' | 'title' | 'summary' | 'description' | 'who_for' | 'starts_at' | 'ends_at' | 'time_zone' | 'format' | 'languages' | 'access' | 'cost_pence' | 'cost_note' | 'capacity'
>;

const optionalUuid = v.pipe(v.optional(v.string(), ''), v.check((id) => id === '' || isUuid(id), e('choose')));

const schema = v.object({
	community: v.pipe(v.optional(v.string(), ''), v.check((id: string) => isUuid(id), e('communityMissing'))),
	title: text(140, true, 3),
	summary: text(300),
	description: text(10000),
	whoFor: text(500),
	format: choice(formats),
	venue: optionalUuid,
	joinUrl: v.pipe(
		text(500),
		v.check((url) => url === '' || (/^https:\/\/\S+\.\S+$/.test(url) && URL.canParse(url)), e('httpsOnly'))
	),
	date: v.pipe(v.optional(v.string(), ''), v.nonEmpty(e('required')), v.check((date) => zonedToUtc(date, '12:00', 'UTC') !== null, e('dateInvalid'))),
	start: v.pipe(v.optional(v.string(), ''), v.nonEmpty(e('required')), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, e('timeInvalid'))),
	end: v.pipe(v.optional(v.string(), ''), v.nonEmpty(e('required')), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, e('timeInvalid'))),
	timeZone: v.pipe(text(64, true), v.check(isTimeZone, e('timeZoneInvalid'))),
	languages: v.pipe(
		v.optional(v.string(), ''),
		v.transform((list) => list.split(',').filter(Boolean)),
		v.array(v.picklist(languageOptions, e('languagesMissing'))),
		v.minLength(1, e('languagesMissing')),
		v.maxLength(10, e('languagesMissing'))
	),
	capacity: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((n) => n === '' || (/^\d{1,6}$/.test(n) && Number(n) >= 1 && Number(n) <= 100000), e('capacityInvalid'))
	),
	cost: choice(['free', 'paid']),
	amount: v.pipe(v.optional(v.string(), ''), v.trim(), v.transform((n) => n.replace(/^£/, ''))),
	costNote: text(300)
});

const pence = (amount: string): number | null => {
	if (!/^\d{1,4}(\.\d{1,2})?$/.test(amount)) return null;
	const value = Math.round(Number(amount) * 100);
	return value >= 1 && value <= 100000 ? value : null;
};

/** Checks the typed event; every problem comes back by its field at once. */
export function checkEvent(values: FormValues): Checked<{ event: EventInput; joinUrl: string | null }> {
	const parsed = v.safeParse(schema, values);
	const errors = fieldErrors(parsed.issues);
	const form = parsed.success ? parsed.output : null;

	// Rules across fields, checked even when other fields are wrong, so all show at once.
	const format = values.format as Format;
	if (format !== 'online' && !values.venue && !errors.venue) errors.venue = e('venueMissing');
	const zone = values.timeZone?.trim() ?? '';
	const startsAt = zonedToUtc(values.date ?? '', values.start ?? '', zone);
	const endsAt = zonedToUtc(values.date ?? '', values.end ?? '', zone);
	if (!errors.date && !errors.start && !errors.timeZone && !startsAt) errors.date = e('dateInvalid');
	if (startsAt && endsAt && endsAt <= startsAt && !errors.end) errors.end = e('endBeforeStart');
	const cost = values.cost === 'paid' ? pence(form?.amount ?? values.amount?.trim().replace(/^£/, '') ?? '') : 0;
	if (cost === null) errors.amount = e('amountInvalid');

	if (!form || !startsAt || !endsAt || cost === null || Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			event: {
				community_id: form.community,
				venue_id: form.format === 'online' ? null : form.venue || null,
				title: form.title,
				summary: form.summary,
				description: form.description,
				who_for: form.whoFor,
				starts_at: startsAt.toISOString(),
				ends_at: endsAt.toISOString(),
				time_zone: form.timeZone,
				format: form.format,
				languages: form.languages,
				access: readFacts(values, eventFactKeys),
				cost_pence: cost,
				cost_note: form.costNote,
				capacity: form.capacity ? Number(form.capacity) : null
			},
			joinUrl: form.format === 'in_person' ? null : form.joinUrl || null
		}
	};
}

/** An empty form: London time, English, free, every fact "not sure". */
export function blankEvent(communityId = '', venueId = ''): FormValues {
	return {
		community: communityId,
		venue: venueId,
		format: 'in_person',
		timeZone: 'Europe/London',
		languages: 'en',
		cost: 'free',
		...factValues({}, eventFactKeys)
	};
}

/** A saved event (and its joining link) as form values. */
export function eventValues(event: Omit<EventInput, 'access'> & { access: Facts }, joinUrl: string | null): FormValues {
	const start = utcToZoned(event.starts_at, event.time_zone);
	const end = utcToZoned(event.ends_at, event.time_zone);
	return {
		community: event.community_id,
		venue: event.venue_id ?? '',
		title: event.title,
		summary: event.summary,
		description: event.description,
		whoFor: event.who_for,
		format: event.format,
		joinUrl: joinUrl ?? '',
		date: start.date,
		start: start.time,
		end: end.time,
		timeZone: event.time_zone,
		languages: event.languages.join(','),
		capacity: event.capacity === null ? '' : String(event.capacity),
		cost: event.cost_pence > 0 ? 'paid' : 'free',
		amount: event.cost_pence > 0 ? (event.cost_pence / 100).toFixed(2) : '',
		costNote: event.cost_note,
		...factValues(event.access, eventFactKeys)
	};
}
