// Reading a file of organisations a coordinator uploads: a CSV with a header row, a
// Murmurations profile (organizations_schema-v1.0.0) or a list of them, or HSDS 3
// organizations or services. Each row comes out as the same plain fields, with its line
// (CSV) or position (JSON), ready to be checked. Nothing here trusts the file: every value
// is text or a list of text, and a file we cannot read says why, as a translation key.
import Papa from 'papaparse';

/** The most rows one file may hold: a preview people can read, a write the database does at once. */
export const maxRows = 1000;
/** The most a file may weigh: adapter-node's body limit (512 KB by default) less the form around it. */
export const maxFileBytes = 500 * 1024;

export type ImportFormat = 'csv' | 'murmurations' | 'hsds';

export interface RawRow {
	/** The CSV line (the header is line 1) or the position in the JSON list (from 1). */
	line: number;
	name: string;
	summary: string;
	topics: string[];
	skills: string[];
	languages: string[];
	modes: string[];
	availability: string;
	address: string;
	area: string;
	email: string;
	phone: string;
	website: string;
}

export type FileProblem = 'empty' | 'tooManyRows' | 'badJson' | 'unknownJson' | 'noNameColumn' | 'notText';

export type ReadFile =
	| { ok: true; format: ImportFormat; rows: RawRow[]; unreadable: boolean }
	| { ok: false; problem: FileProblem; count?: number };

/**
 * Text from the file's bytes as UTF-8. Bytes that are not UTF-8 become U+FFFD, so the rows
 * holding them can be shown and flagged rather than the whole file refused.
 */
export function decodeFile(bytes: Uint8Array): { text: string; unreadable: boolean } {
	const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
	return { text, unreadable: text.includes('\ufffd') };
}

const emptyRow = (line: number): RawRow => ({
	line,
	name: '',
	summary: '',
	topics: [],
	skills: [],
	languages: [],
	modes: [],
	availability: '',
	address: '',
	area: '',
	email: '',
	phone: '',
	website: ''
});

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter(Boolean) : []);
/** A list typed into one cell: "Getting online; Older people". */
const listIn = (cell: string) =>
	cell
		.split(/[;,|\n]/)
		.map((s) => s.trim())
		.filter(Boolean);
const first = (...values: string[]) => values.find((v) => v) ?? '';

// CSV ------------------------------------------------------------------------------------

type Column = Exclude<keyof RawRow, 'line'> | 'postcode' | 'town';
const headerNames: Record<Column, string[]> = {
	name: ['name', 'organisation', 'organization', 'organisationname', 'organizationname', 'displayname', 'group'],
	summary: ['summary', 'description', 'about', 'whatweoffer', 'offer', 'mission'],
	topics: ['topics', 'topic', 'tags'],
	skills: ['skills', 'skill'],
	languages: ['languages', 'language'],
	modes: ['modes', 'mode', 'waystomeet', 'meets'],
	availability: ['availability', 'openinghours', 'hours', 'when'],
	address: ['address', 'fulladdress', 'streetaddress'],
	area: ['area'],
	postcode: ['postcode', 'postalcode', 'zip'],
	town: ['town', 'city', 'locality', 'place'],
	email: ['email', 'emailaddress', 'contactemail'],
	phone: ['phone', 'telephone', 'tel', 'phonenumber'],
	website: ['website', 'url', 'link', 'web', 'primaryurl', 'site']
};
const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');
const columnOf = new Map(Object.entries(headerNames).flatMap(([column, names]) => names.map((n) => [n, column as Column])));

function readCsv(source: string): ReadFile {
	// Stops after one row past the limit: a file of 10,000 rows costs no more than one of 1,001.
	const parsed = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', preview: maxRows + 2 });
	const [header, ...body] = parsed.data;
	if (!header || !body.length) return { ok: false, problem: 'empty' };
	if (body.length > maxRows) return { ok: false, problem: 'tooManyRows' };
	const columns = header.map((h) => columnOf.get(headerKey(h)) ?? null);
	if (!columns.includes('name')) return { ok: false, problem: 'noNameColumn' };
	// Each row is numbered as a spreadsheet shows it, the header being row 1.
	const rows = body.map((cells, i) => {
		const cell = (column: Column) => cells[columns.indexOf(column)]?.trim() ?? '';
		const row = emptyRow(i + 2);
		const list = (column: Column) => (columns.includes(column) ? listIn(cell(column)) : []);
		return {
			...row,
			name: cell('name'),
			summary: cell('summary'),
			topics: list('topics'),
			skills: list('skills'),
			languages: list('languages'),
			modes: list('modes'),
			availability: cell('availability'),
			address: cell('address'),
			area: first(cell('area'), cell('postcode'), cell('town')),
			email: cell('email'),
			phone: cell('phone'),
			website: cell('website')
		};
	});
	return { ok: true, format: 'csv', rows, unreadable: false };
}

// JSON -----------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

const ukPostcode = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/i;
const countries = /^(uk|united kingdom|gb|great britain|england|wales|scotland|northern ireland|cymru)$/i;
/** The place to look up in an address written on one line: its postcode, else its town (the last part before the country). */
export function areaInAddress(address: string): string {
	const postcode = address.match(ukPostcode);
	if (postcode) return postcode[1].toUpperCase();
	const parts = address
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p && !countries.test(p));
	return parts.length > 1 ? parts[parts.length - 1] : '';
}

function fromMurmurations(profile: Json, line: number): RawRow {
	const contact = isObject(profile.contact_details) ? profile.contact_details : {};
	const address = text(profile.full_address);
	const tags = texts(profile.tags);
	return {
		...emptyRow(line),
		name: text(profile.name),
		summary: first(text(profile.description), text(profile.mission)),
		// Murmurations tags are free keywords: topics and skills both come from them (one list, so check.ts knows).
		topics: tags,
		skills: tags,
		languages: texts(profile.knows_language),
		address,
		area: first(text(profile.locality), text(profile.postal_code), areaInAddress(address)),
		email: first(text(contact.email), text(profile.email)),
		phone: text(profile.telephone),
		website: first(text(profile.primary_url), text(contact.contact_form))
	};
}

/** HSDS 3: an organization, or a service with its organization; its first physical address. */
function fromHsds(item: Json, line: number): RawRow {
	const organisation = isObject(item.organization) ? item.organization : item;
	const service = item === organisation ? (objects(item.services)[0] ?? {}) : item;
	const locations = [
		...objects(service.service_at_locations).map((s) => s.location),
		...objects(organisation.locations),
		...objects(item.locations)
	].filter(isObject);
	const address = locations.flatMap((l) => objects(l.addresses)).find((a) => text(a.address_type) !== 'postal') ?? {};
	const terms = [...objects(service.attributes), ...objects(organisation.attributes)]
		.map((a) => (isObject(a.taxonomy_term) ? first(text(a.taxonomy_term.code), text(a.taxonomy_term.name)) : first(text(a.value), text(a.label))))
		.filter(Boolean);
	const phones = [...objects(service.phones), ...objects(organisation.phones)].map((p) => text(p.number));
	return {
		...emptyRow(line),
		name: text(organisation.name),
		summary: first(text(service.description), text(organisation.description)),
		topics: terms,
		skills: terms,
		languages: objects(service.languages).map((l) => first(text(l.code), text(l.name))),
		address: [text(address.address_1), text(address.address_2), text(address.city), text(address.postal_code)].filter(Boolean).join(', '),
		area: first(text(address.postal_code), text(address.city)),
		email: first(text(service.email), text(organisation.email)),
		phone: phones.find(Boolean) ?? '',
		website: first(text(service.url), text(organisation.website))
	};
}

const looksLikeMurmurations = (item: Json) => 'linked_schemas' in item || 'primary_url' in item || 'full_address' in item || 'geolocation' in item;
const looksLikeHsds = (item: Json) => isObject(item.organization) || 'service_at_locations' in item || 'website' in item || 'locations' in item || 'services' in item;

function readJson(source: string): ReadFile {
	let document: unknown;
	try {
		document = JSON.parse(source);
	} catch {
		return { ok: false, problem: 'badJson' };
	}
	// A profile, a list of them, the index's `{ data: [...] }` or an HSDS page's `{ contents: [...] }`.
	const list = Array.isArray(document) ? document : isObject(document) && Array.isArray(document.data) ? document.data : isObject(document) && Array.isArray(document.contents) ? document.contents : [document];
	const items = objects(list);
	if (!items.length || items.length !== list.length) return { ok: false, problem: list.length ? 'unknownJson' : 'empty' };
	if (items.length > maxRows) return { ok: false, problem: 'tooManyRows', count: items.length };
	if (items.every(looksLikeMurmurations)) return { ok: true, format: 'murmurations', rows: items.map((p, i) => fromMurmurations(p, i + 1)), unreadable: false };
	if (items.every(looksLikeHsds) || items.every((i) => 'name' in i && 'id' in i)) {
		return { ok: true, format: 'hsds', rows: items.map((p, i) => fromHsds(p, i + 1)), unreadable: false };
	}
	return { ok: false, problem: 'unknownJson' };
}

/** The file, whichever of the three it is: JSON when it opens like JSON, else CSV. */
export function readFile(bytes: Uint8Array): ReadFile {
	const { text: source, unreadable } = decodeFile(bytes);
	if (!source.trim()) return { ok: false, problem: 'empty' };
	// A NUL byte is no text file (a spreadsheet's own format, an image).
	if (source.includes('\u0000')) return { ok: false, problem: 'notText' };
	const read = /^\s*[[{]/.test(source) ? readJson(source) : readCsv(source);
	return read.ok ? { ...read, unreadable } : read;
}
