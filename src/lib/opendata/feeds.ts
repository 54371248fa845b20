// The open data index (/open-data, as JSON): every feed, with its URL and licence. A
// community's feeds carry its licence; the feeds across communities carry each record's
// community licence, so they name every licence that applies.
import { licenceOf } from './licences';
import type { CommunityMap } from './queries';

export interface Feed {
	id: string;
	format: 'text/csv' | 'application/json' | 'application/ld+json';
	standard: string;
	url: string;
	licences: ReturnType<typeof licenceOf>[];
	community?: { slug: string; name: string; page: string };
}

export function communityFeeds(map: CommunityMap, origin: string): Feed[] {
	const base = `${origin}/open-data/${map.slug}`;
	const community = { slug: map.slug, name: map.name, page: base };
	const licences = [licenceOf(map.map_licence)];
	return [
		{ id: `${map.slug}/organisations.csv`, format: 'text/csv', standard: 'CSV', url: `${base}/organisations.csv`, licences, community },
		{ id: `${map.slug}/organisations.json`, format: 'application/json', standard: 'JSON', url: `${base}/organisations.json`, licences, community },
		{ id: `${map.slug}/murmurations`, format: 'application/json', standard: 'Murmurations organizations_schema-v1.0.0', url: `${base}/murmurations.json`, licences, community },
		{ id: `${map.slug}/events.jsonld`, format: 'application/ld+json', standard: 'schema.org Event', url: `${base}/events.jsonld`, licences, community }
	];
}

export function feedIndex(maps: CommunityMap[], origin: string) {
	const every = [...new Map(maps.map((m) => [licenceOf(m.map_licence).id, licenceOf(m.map_licence)])).values()];
	const across: Feed[] = [
		{ id: 'organisations.csv', format: 'text/csv', standard: 'CSV', url: `${origin}/open-data/organisations.csv`, licences: every },
		{ id: 'organisations.json', format: 'application/json', standard: 'JSON', url: `${origin}/open-data/organisations.json`, licences: every },
		{ id: 'openreferral', format: 'application/json', standard: 'Open Referral UK (HSDS 3.0)', url: `${origin}/openreferral`, licences: every }
	];
	return {
		title: 'Hearth open data',
		description: 'Organisations that chose to be published on their community map, and community events. Members are never published.',
		url: `${origin}/open-data`,
		communities: maps.map((m) => ({
			slug: m.slug,
			name: m.name,
			page: `${origin}/open-data/${m.slug}`,
			licence: licenceOf(m.map_licence),
			includes: m.map_includes,
			decided_by: m.map_decided_by,
			corrections: m.map_corrections
		})),
		feeds: [...across, ...maps.flatMap((m) => communityFeeds(m, origin))]
	};
}
