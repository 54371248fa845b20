// What each row of an imported file would become: an organisation listing and its contact,
// checked as the offer form checks one (checkOffer), with its problems in plain words as
// translation keys. A row with problems is shown but never written; notes say what was
// left out or kept as plain text.
import { startsAsFormula } from '$lib/csv';
import { checkOffer, type Lookup, type OfferError, type OfferField, type OfferInput, type OfferRow } from '$lib/directory/offer';
import { languageCodes, modeKeys, skillKeys, topicKeys, type Mode } from '$lib/directory/choices';
import type { Contact } from '$lib/directory/queries';
import { normalisePlace } from '$lib/places/match';
import en from '$lib/i18n/locales/en/directory.json';
import cy from '$lib/i18n/locales/cy/directory.json';
import ar from '$lib/i18n/locales/ar/directory.json';
import type strings from '$lib/i18n/locales/en/import.json';
import type { RawRow } from './read';

export type ProblemKey = keyof (typeof strings)['import']['problems'];
export type NoteKey = keyof (typeof strings)['import']['notes'];
export interface Said<Key extends string> {
	key: Key;
	/** Filled into the message: what the row said, never a translation. */
	values?: Record<string, string>;
}

/** i18next's t for a message given the row's values: keys differ in which values they take, and the keys are typed as ProblemKey and NoteKey already. */
export type SayWithValues = (key: `import.${'problems' | 'notes' | 'errors'}.${string}`, values: Record<string, string>) => string;

/** A row checked: `listing` and `contact` are what it would become, or null when it cannot. */
export interface ImportRow {
	line: number;
	name: string;
	listing: OfferRow | null;
	contact: Contact | null;
	problems: Said<ProblemKey>[];
	notes: Said<NoteKey>[];
	/** Filled in afterwards (duplicates.ts): the listing or row this one likely repeats. */
	duplicate: { name: string; area: string; line?: number; id?: string } | null;
}

// A topic or skill may be given by its key or by its name in any of our languages.
const label = (key: string) => normalisePlace(key.replace(/-/g, ' '));
function namesOf<Key extends string>(keys: readonly Key[], pick: (d: typeof en.directory) => Record<string, string>) {
	const byName = new Map<string, Key>();
	for (const key of keys) {
		byName.set(label(key), key);
		for (const file of [en, cy, ar]) {
			const name = pick(file.directory as typeof en.directory)[key];
			byName.set(normalisePlace(name), key);
			// Arabic names have no Latin letters left once normalised for places: matched as typed, trimmed.
			byName.set(name.trim().toLowerCase(), key);
		}
	}
	return byName;
}
const topicNames = namesOf(topicKeys, (d) => d.topics);
const skillNames = namesOf(skillKeys, (d) => d.skills);
const modeNames = namesOf(modeKeys, (d) => d.modes);
const find = <Key extends string>(names: Map<string, Key>, value: string) => names.get(normalisePlace(value)) ?? names.get(value.trim().toLowerCase());

/** The values found among `names`, once each, and what was not. */
function sortOut<Key extends string>(names: Map<string, Key>, values: string[]) {
	const found = new Set<Key>();
	const unknown: string[] = [];
	for (const value of values) {
		const key = find(names, value);
		if (key) found.add(key);
		else unknown.push(value);
	}
	return { found: [...found], unknown };
}

const problemFor: Record<OfferError, ProblemKey | null> = {
	'directory.errors.nameMissing': 'nameMissing',
	'directory.errors.nameTooLong': 'nameTooLong',
	'directory.errors.summaryShort': 'summaryShort',
	'directory.errors.summaryTooLong': 'summaryTooLong',
	'directory.errors.availabilityTooLong': 'availabilityTooLong',
	'directory.errors.addressTooLong': 'addressTooLong',
	'directory.errors.areaTooLong': 'areaTooLong',
	'directory.errors.areaUnknown': 'areaUnknown',
	'directory.errors.areaNeeded': 'areaNeeded',
	'directory.errors.contactMissing': 'contactMissing',
	'directory.errors.contactTooLong': 'contactTooLong',
	'directory.errors.emailInvalid': 'emailInvalid',
	'directory.errors.phoneInvalid': 'phoneInvalid',
	'directory.errors.linkInvalid': 'linkInvalid',
	// Filled in here, never missing from an imported row.
	'directory.errors.modesMissing': null,
	'directory.errors.languagesMissing': null,
	'directory.errors.channelMissing': 'contactMissing',
	'directory.errors.summary': null,
	'directory.errors.areaSuggestions': null,
	'directory.errors.reasonMissing': null,
	'directory.errors.noteTooLong': null,
	'directory.errors.organisationLimit': null,
	'directory.errors.saveFailed': null,
	'directory.errors.confirmRemove': null,
	'directory.errors.areaMoved': null
};

/** Starts as a spreadsheet formula would (=, +, -, @): kept as plain text, and said so. */
export const looksLikeFormula = (text: string) => startsAsFormula(text.trim());

/** One contact, as the directory keeps one: email first, then the web page, then the phone. */
function contactOf(row: RawRow): Pick<OfferInput, 'contact_channel' | 'contact_value'> {
	if (row.email) return { contact_channel: 'email', contact_value: row.email };
	if (row.website) return { contact_channel: 'link', contact_value: row.website };
	if (row.phone) return { contact_channel: 'phone', contact_value: row.phone };
	return { contact_channel: '', contact_value: '' };
}

export async function checkRow(row: RawRow, lookUp: Lookup): Promise<ImportRow> {
	const notes: Said<NoteKey>[] = [];
	const problems: Said<ProblemKey>[] = [];
	// Murmurations and HSDS give free keywords, read as one list for both (read.ts): one that is a topic need not be a skill.
	const tagsOnly = row.topics === row.skills;
	const topics = sortOut(topicNames, row.topics);
	const skills = sortOut(skillNames, row.skills);
	const unknownTags = tagsOnly ? topics.unknown.filter((t) => !find(skillNames, t)) : topics.unknown;
	if (unknownTags.length) notes.push({ key: 'unknownTopics', values: { values: unknownTags.join(', ') } });
	if (!tagsOnly && skills.unknown.length) notes.push({ key: 'unknownSkills', values: { values: skills.unknown.join(', ') } });
	const languages = row.languages.map((l) => l.trim().toLowerCase());
	const knownLanguages = languageCodes.filter((code) => languages.includes(code));
	const otherLanguages = row.languages.filter((l) => !(languageCodes as readonly string[]).includes(l.trim().toLowerCase()));
	if (otherLanguages.length) notes.push({ key: 'unknownLanguages', values: { values: otherLanguages.join(', ') } });
	const modes = sortOut(modeNames, row.modes);
	if (modes.unknown.length) notes.push({ key: 'unknownModes', values: { values: modes.unknown.join(', ') } });
	// Without a way of meeting given: in person where there is a place, else online.
	const chosenModes: Mode[] = modes.found.length ? modes.found : [row.area ? 'in_person' : 'online'];

	const fields = [row.name, row.summary, row.availability, row.address, row.area, row.email, row.website, ...row.topics, ...row.skills];
	if (fields.some((f) => f.includes('\ufffd'))) problems.push({ key: 'unreadable' });
	if (fields.some(looksLikeFormula)) notes.push({ key: 'formula' });

	const typed: OfferInput = {
		display_name: row.name,
		summary: row.summary,
		topics: topics.found,
		skills: skills.found,
		languages: knownLanguages.length ? knownLanguages : ['en'],
		modes: chosenModes,
		availability: row.availability,
		address: row.address,
		area: row.area,
		...contactOf(row)
	};
	const checked = await checkOffer(typed, 'organisation', lookUp);
	if (!checked.ok) {
		const said = new Set<ProblemKey>();
		for (const [field, error] of Object.entries(checked.errors) as [OfferField, OfferError][]) {
			const key = problemFor[error];
			if (!key || said.has(key)) continue;
			said.add(key);
			// The place or the contact as the row gave it, so the coordinator can find it in their file.
			const shape = field === 'contact_value' && key !== 'contactMissing' && key !== 'contactTooLong';
			const values: Record<string, string> | undefined = key === 'areaUnknown' ? { place: row.area } : shape ? { value: typed.contact_value } : undefined;
			problems.push(values ? { key, values } : { key });
		}
	}
	const ok = checked.ok && !problems.length;
	return {
		line: row.line,
		name: row.name,
		listing: ok ? checked.row : null,
		contact: ok ? checked.contact : null,
		problems,
		notes,
		duplicate: null
	};
}

/** Every row, placing each distinct area once, a few at a time (the online geocoder may be slow). */
export async function checkRows(rows: RawRow[], lookUp: Lookup): Promise<ImportRow[]> {
	const places = new Map<string, ReturnType<Lookup>>();
	const once: Lookup = (text) => {
		const key = text.trim().toLowerCase();
		if (!places.has(key)) places.set(key, lookUp(text));
		return places.get(key)!;
	};
	const checked: ImportRow[] = new Array(rows.length);
	let next = 0;
	const worker = async () => {
		while (next < rows.length) {
			const i = next++;
			checked[i] = await checkRow(rows[i], once);
		}
	};
	await Promise.all(Array.from({ length: 8 }, worker));
	return checked;
}

export interface ImportSummary {
	rows: number;
	ready: number;
	withProblems: number;
	duplicates: number;
}

export function summarise(rows: ImportRow[]): ImportSummary {
	return {
		rows: rows.length,
		ready: rows.filter((r) => r.listing && !r.duplicate).length,
		withProblems: rows.filter((r) => !r.listing).length,
		duplicates: rows.filter((r) => r.listing && r.duplicate).length
	};
}

/** The rows to write: those that can be, and the likely duplicates only when asked. */
export function chosenRows(rows: ImportRow[], withDuplicates: boolean): number[] {
	return rows.flatMap((row, i) => (row.listing && row.contact && !row.problems.length && (withDuplicates || !row.duplicate) ? [i] : []));
}
