// The coordinators' form for their community's map: its licence, what it includes, who
// decides, and where to ask for a correction (an email address or a web page).
import * as v from 'valibot';
import { fieldErrors } from '$lib/forms/errors';
import { characters, typedText } from '$lib/forms/typed';
import { licenceIds, type LicenceId } from './licences';

export type MapField = 'licence' | 'includes' | 'decidedBy' | 'corrections';
export type MapError =
	| 'opendata.errors.chooseLicence'
	| 'opendata.errors.includesTooLong'
	| 'opendata.errors.decidedByTooLong'
	| 'opendata.errors.correctionsInvalid';

export interface MapInput {
	licence: string;
	includes: string;
	decidedBy: string;
	corrections: string;
}

const limit = (max: number, message: MapError) => v.pipe(v.string(), v.trim(), v.check((s: string) => characters(s) <= max, message));

const schema = v.object({
	licence: v.picklist(licenceIds, 'opendata.errors.chooseLicence'),
	includes: limit(1000, 'opendata.errors.includesTooLong'),
	decidedBy: limit(500, 'opendata.errors.decidedByTooLong'),
	corrections: v.pipe(
		v.string(),
		v.trim(),
		v.check((s: string) => s === '' || (characters(s) <= 200 && (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) || /^https:\/\/[^\s]+$/.test(s))), 'opendata.errors.correctionsInvalid')
	)
});

export function readMapForm(form: FormData): MapInput {
	return { licence: typedText(form, 'licence'), includes: typedText(form, 'includes'), decidedBy: typedText(form, 'decidedBy'), corrections: typedText(form, 'corrections') };
}

export type CheckedMap =
	| { ok: true; row: { map_licence: LicenceId; map_includes: string; map_decided_by: string; map_corrections: string } }
	| { ok: false; errors: Partial<Record<MapField, MapError>> };

export function checkMapForm(input: MapInput): CheckedMap {
	const result = v.safeParse(schema, input);
	if (!result.success) return { ok: false, errors: fieldErrors<MapField, MapError>(result.issues) };
	const { licence, includes, decidedBy, corrections } = result.output;
	return { ok: true, row: { map_licence: licence, map_includes: includes, map_decided_by: decidedBy, map_corrections: corrections } };
}

/** A correction contact as a link: mailto for an email address, the page itself otherwise. */
export const correctionsHref = (contact: string) => (contact.startsWith('https://') ? contact : `mailto:${contact}`);
