// The venue form: the place, its access facts (filled once, reused by every event there)
// and how to get there, checked and turned into a `venues` row, and back.
import * as v from 'valibot';
import { venueFacts, type Facts } from '$lib/events/access';
import type { Stop } from '$lib/supabase';
import { isUuid } from '$lib/forms/typed';
import { choice, e, factValues, fieldErrors, readFacts, text, type Checked, type FormValues } from './form';

export const wheelchairGrades = ['fully', 'partially', 'not', 'unknown'] as const;
export const stopModes = ['bus', 'train', 'tram', 'metro', 'ferry', 'coach'] as const satisfies readonly Stop['mode'][];
export const maxStops = 5;
/** Empty stop rows shown at first; "add another" shows one more, without JavaScript too. */
export const startingStops = 3;

export interface VenueInput {
	community_id: string;
	name: string;
	address: string;
	postcode: string;
	town: string;
	latitude: number | null;
	longitude: number | null;
	wheelchair_grade: (typeof wheelchairGrades)[number];
	access: Facts;
	access_note: string;
	access_contact: string;
	stops: Stop[];
	transport_note: string;
	parking_note: string;
}

const coordinate = (limit: number, key: 'latitudeInvalid' | 'longitudeInvalid') =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((n) => n === '' || (/^-?\d{1,3}(\.\d+)?$/.test(n) && Math.abs(Number(n)) <= limit), e(key))
	);

const schema = v.object({
	community: v.pipe(v.optional(v.string(), ''), v.check((id: string) => isUuid(id), e('communityMissing'))),
	name: text(120, true, 2),
	address: text(300),
	postcode: text(10),
	town: text(80),
	latitude: coordinate(90, 'latitudeInvalid'),
	longitude: coordinate(180, 'longitudeInvalid'),
	wheelchair: choice(wheelchairGrades),
	accessNote: text(2000),
	accessContact: text(200),
	transportNote: text(1000),
	parkingNote: text(500)
});

const stopSchema = v.object({
	name: text(120),
	mode: v.picklist(stopModes, e('choose')),
	lines: text(200),
	walk: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((n) => n === '' || (/^\d{1,3}$/.test(n) && Number(n) <= 180), e('walkInvalid'))
	)
});

/** How many stop rows the form shows: every filled one, at least the starting few, at most the limit. */
export function stopRows(values: FormValues): number {
	const asked = Number(values.stopRows) || startingStops;
	return Math.min(maxStops, Math.max(startingStops, asked));
}

export function checkVenue(values: FormValues): Checked<VenueInput> {
	const parsed = v.safeParse(schema, values);
	const errors = fieldErrors(parsed.issues);
	const latitude = values.latitude?.trim() ?? '';
	const longitude = values.longitude?.trim() ?? '';
	if (!errors.latitude && !errors.longitude && !latitude !== !longitude) errors[latitude ? 'longitude' : 'latitude'] = e('bothCoordinates');

	const stops: Stop[] = [];
	for (let row = 0; row < maxStops; row++) {
		const name = values[`stop${row}.name`]?.trim() ?? '';
		const rest = ['lines', 'walk'].some((field) => values[`stop${row}.${field}`]?.trim());
		if (!name && !rest) continue;
		if (!name) errors[`stop${row}.name`] = e('required');
		const stop = v.safeParse(stopSchema, {
			name,
			mode: values[`stop${row}.mode`],
			lines: values[`stop${row}.lines`],
			walk: values[`stop${row}.walk`]
		});
		for (const [field, key] of Object.entries(fieldErrors(stop.issues))) errors[`stop${row}.${field}`] ??= key;
		if (stop.success && name) {
			stops.push({
				name,
				mode: stop.output.mode,
				lines: stop.output.lines.split(',').map((line) => line.trim()).filter(Boolean),
				walkMinutes: Number(stop.output.walk || 0)
			});
		}
	}

	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
	const form = parsed.output;
	return {
		ok: true,
		value: {
			community_id: form.community,
			name: form.name,
			address: form.address,
			postcode: form.postcode.toUpperCase(),
			town: form.town,
			latitude: form.latitude ? Number(form.latitude) : null,
			longitude: form.longitude ? Number(form.longitude) : null,
			wheelchair_grade: form.wheelchair,
			access: readFacts(values, venueFacts),
			access_note: form.accessNote,
			access_contact: form.accessContact,
			stops,
			transport_note: form.transportNote,
			parking_note: form.parkingNote
		}
	};
}

export function blankVenue(communityId = ''): FormValues {
	return { community: communityId, wheelchair: 'unknown', stopRows: String(startingStops), ...factValues({}, venueFacts) };
}

export function venueValues(venue: VenueInput): FormValues {
	const values: FormValues = {
		community: venue.community_id,
		name: venue.name,
		address: venue.address,
		postcode: venue.postcode,
		town: venue.town,
		latitude: venue.latitude === null ? '' : String(venue.latitude),
		longitude: venue.longitude === null ? '' : String(venue.longitude),
		wheelchair: venue.wheelchair_grade,
		accessNote: venue.access_note,
		accessContact: venue.access_contact,
		transportNote: venue.transport_note,
		parkingNote: venue.parking_note,
		stopRows: String(Math.min(maxStops, Math.max(startingStops, venue.stops.length + 1))),
		...factValues(venue.access, venueFacts)
	};
	venue.stops.slice(0, maxStops).forEach((stop, row) => {
		values[`stop${row}.name`] = stop.name;
		values[`stop${row}.mode`] = stop.mode;
		values[`stop${row}.lines`] = stop.lines.join(', ');
		values[`stop${row}.walk`] = String(stop.walkMinutes);
	});
	return values;
}
