// Where is a place someone typed? Offline, with no account: UK towns from GeoNames and
// postcode areas (built at install time by scripts/build-gazetteer.js), each a coarse point,
// never more precise than a town centre. With POSTCODE_API_URL set, `lookUpPlace` first asks
// that postcodes.io-compatible API for full postcodes and districts.
import { parse } from 'postcode';
import { env } from '$env/dynamic/private';
import gazetteer from './gazetteer.json';
import { postcodeLookup } from './postcode-lookup';
import { closestNames, normalisePlace, type Place } from '$lib/places/match';

type Town = [name: string, latitude: number, longitude: number, nation: string];

// The JSON's inferred types are looser than what the build script writes.
const towns = gazetteer.towns as unknown as Town[];
const areas = gazetteer.postcodeAreas as unknown as Record<string, [string, number, number]>;
const byName = new Map<string, Town>();
for (const town of towns) {
	const key = normalisePlace(town[0]);
	// GeoNames lists some names more than once (Newport): keep the first, England/Wales first.
	if (!byName.has(key)) byName.set(key, town);
}
const names = [...byName.keys()];

export type PlaceLookup = { found: Place } | { found: null; suggestions: string[] };

/** `suggest: false` skips the "did you mean" names, which cost a pass over every town (an import places many). */
export function findPlace(text: string, suggest = true): PlaceLookup {
	const typed = text.trim();
	const postcode = parse(typed.toUpperCase());
	const outward = /^[A-Z]{1,2}\d[A-Z\d]?$/i.test(typed) ? typed.toUpperCase() : postcode.valid ? postcode.outcode : null;
	if (outward) {
		const area = areas[outward.replace(/\d.*$/, '')];
		if (area) return { found: { name: outward, latitude: area[1], longitude: area[2], precision: 'postcode_area', near: area[0] } };
	}
	const town = byName.get(normalisePlace(typed));
	if (town) return { found: { name: town[0], latitude: town[1], longitude: town[2], precision: 'town' } };
	if (!suggest) return { found: null, suggestions: [] };
	const suggestions = closestNames(normalisePlace(typed), names, 3).map((key) => byName.get(key)![0]);
	return { found: null, suggestions };
}

let online: { url: string; lookUp: ReturnType<typeof postcodeLookup> } | null = null;

/** `findPlace`, with full postcodes and districts placed by the online geocoder when one is set. */
export async function lookUpPlace(text: string, suggest = true): Promise<PlaceLookup> {
	const url = env.POSTCODE_API_URL;
	if (url) {
		if (online?.url !== url) online = { url, lookUp: postcodeLookup(url) };
		const found = await online.lookUp(text);
		if (found) return { found };
	}
	return findPlace(text, suggest);
}

/** Whether full postcodes can be placed at their centroid (the online geocoder is set up). */
export const placesPostcodesExactly = () => !!env.POSTCODE_API_URL;
