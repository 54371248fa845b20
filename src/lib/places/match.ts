// Matching typed place names: forgiving about case, accents, punctuation and small typos.

export interface Place {
	name: string;
	latitude: number;
	longitude: number;
	/** How coarse the point is: a town centre, a whole postcode area's main town, a district's centre, a full postcode's centroid (online geocoder only). */
	precision: 'town' | 'postcode_area' | 'postcode_district' | 'postcode' | 'device';
	/** For a postcode area: the town whose centre stands for it. */
	near?: string;
}

export function normalisePlace(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Levenshtein distance, stopping early once it is over `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, current[j]);
		}
		if (best > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length];
}

/** Up to `count` names closest to what was typed, for "did you mean". */
export function closestNames(typed: string, names: string[], count: number): string[] {
	if (!typed) return [];
	const limit = Math.max(1, Math.floor(typed.length / 3));
	return names
		.map((name) => ({ name, distance: name.startsWith(typed) && typed.length >= 3 ? 0.5 : editDistance(typed, name, limit) }))
		.filter((c) => c.distance <= limit)
		.sort((a, b) => a.distance - b.distance || a.name.length - b.name.length)
		.slice(0, count)
		.map((c) => c.name);
}
