// The optional online geocoder: a postcodes.io-compatible API (postcodes.io itself is open
// data, free and needs no account), used only when POSTCODE_API_URL is set. It places a full
// postcode at its centroid and a district (BS5) at its centre; anything else, or any failure,
// falls back to the offline gazetteer. A full postcode's name is never kept: the place is
// called by its district, so "area" fields never hold more than a district.
import { parse } from 'postcode';
import type { Place } from '$lib/places/match';

type Fetch = typeof fetch;
interface Answer {
	result?: { latitude?: number | null; longitude?: number | null; admin_district?: string | string[] | null } | null;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
const district = /^[A-Z]{1,2}\d[A-Z\d]?$/;

export function postcodeLookup(baseUrl: string, fetcher: Fetch = fetch, timeoutMs = 2500) {
	const base = baseUrl.replace(/\/+$/, '');
	// Few people, few places: a small memory saves asking again for the same district.
	const seen = new Map<string, Place | null>();

	/** The answer's result; null when the API says there is no such place; undefined when it could not answer. */
	async function ask(path: string): Promise<Answer['result'] | undefined> {
		try {
			const response = await fetcher(`${base}${path}`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
			if (response.status === 404) return null;
			if (!response.ok) return undefined;
			return ((await response.json()) as Answer).result ?? null;
		} catch {
			return undefined; // Offline, slow or refused: the gazetteer answers instead.
		}
	}

	return async function lookUp(text: string): Promise<Place | null> {
		const typed = text.trim().toUpperCase();
		const postcode = parse(typed);
		const key = postcode.valid ? postcode.postcode! : district.test(typed) ? typed : null;
		if (!key) return null;
		if (seen.has(key)) return seen.get(key)!;
		const result = await ask(postcode.valid ? `/postcodes/${encodeURIComponent(key)}` : `/outcodes/${encodeURIComponent(key)}`);
		const near = Array.isArray(result?.admin_district) ? result.admin_district[0] : result?.admin_district;
		const place: Place | null =
			typeof result?.latitude === 'number' && typeof result?.longitude === 'number'
				? {
						name: postcode.valid ? postcode.outcode! : key,
						latitude: round(result.latitude),
						longitude: round(result.longitude),
						precision: postcode.valid ? 'postcode' : 'postcode_district',
						...(near ? { near } : {})
					}
				: null;
		// Only what the API answered is remembered: a failure is asked again next time.
		if (result !== undefined) {
			if (seen.size >= 1000) seen.delete(seen.keys().next().value!);
			seen.set(key, place);
		}
		return place;
	};
}
