// Likely duplicates: a row whose name matches an organisation the community already lists
// (or an earlier row of the same file) and whose place matches too. Names and places are
// compared as the place matcher compares typed place names: forgiving about case, accents,
// punctuation and small typos.
import { editDistance, normalisePlace } from '$lib/places/match';
import type { ImportRow } from './check';

export interface ExistingOrganisation {
	id: string;
	display_name: string;
	area: string;
	latitude: number | null;
	longitude: number | null;
}

interface Candidate {
	name: string;
	area: string;
	key: string;
	place: string;
	point: { latitude: number; longitude: number } | null;
	line?: number;
	id?: string;
}

// Words that say what kind of body it is, not which: "Easton Community Centre" and "Easton Community Center Ltd" are one.
const filler = /\b(the|ltd|limited|cic|cio|charity|inc|llp|plc|trust)\b/g;
const nameKey = (name: string) => normalisePlace(name).replace(filler, ' ').replace(/\s+/g, ' ').trim();

const digits = (name: string) => name.replace(/\D/g, '');

/**
 * Names that are the same once normalised, or a typo or two apart (one per 10 letters); never
 * names whose numbers differ ("Group 10" and "Group 11" are two groups).
 */
export function sameName(a: string, b: string): boolean {
	if (!a || !b) return false;
	if (a === b) return true;
	const limit = Math.floor(Math.min(a.length, b.length) / 10);
	return limit > 0 && digits(a) === digits(b) && editDistance(a, b, limit) <= limit;
}

const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
	const rad = Math.PI / 180;
	const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
};

/** Places agree when either has none, they are named alike, or their points are within 2 km. */
function samePlace(a: Candidate, b: Candidate): boolean {
	if (!a.place || !b.place) return true;
	if (a.place === b.place) return true;
	return !!a.point && !!b.point && km(a.point, b.point) <= 2;
}

const candidateOf = (name: string, area: string, latitude: number | null, longitude: number | null) => ({
	name,
	area,
	key: nameKey(name),
	place: normalisePlace(area),
	point: latitude !== null && longitude !== null ? { latitude, longitude } : null
});

/** Marks each row that likely repeats an existing organisation or an earlier row; gives the rows back. */
export function markDuplicates(rows: ImportRow[], existing: ExistingOrganisation[]): ImportRow[] {
	const known: Candidate[] = existing.map((o) => ({ ...candidateOf(o.display_name, o.area, o.latitude, o.longitude), id: o.id }));
	// Exact names first, from a map; the typo-tolerant pass only over names of about the same length.
	const byKey = new Map<string, Candidate[]>();
	const add = (c: Candidate) => byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
	known.forEach(add);
	for (const row of rows) {
		if (!row.listing) continue;
		const me = { ...candidateOf(row.listing.display_name, row.listing.area, row.listing.latitude, row.listing.longitude), line: row.line };
		const exact = (byKey.get(me.key) ?? []).find((c) => samePlace(me, c));
		const near =
			exact ??
			[...byKey.entries()]
				.filter(([key]) => key !== me.key && Math.abs(key.length - me.key.length) <= me.key.length / 10 && sameName(key, me.key))
				.flatMap(([, list]) => list)
				.find((c) => samePlace(me, c));
		if (near) row.duplicate = { name: near.name, area: near.area, ...(near.id ? { id: near.id } : { line: near.line }) };
		add(me);
	}
	return rows;
}
