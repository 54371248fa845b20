// The published organisations as a download: CSV (safe to open in a spreadsheet) or JSON,
// each row with its community and the licence it is published under.
import { toCsv } from '$lib/csv';
import { licenceOf } from './licences';
import { pageUrl, type OpenOrganisation } from './organisations';

export const csvHeader = [
	'id', 'name', 'description', 'community', 'licence', 'topics', 'skills', 'languages', 'ways_to_meet', 'availability',
	'area', 'address', 'latitude', 'longitude', 'email', 'website', 'hearth_page', 'updated_at'
];

export function organisationsCsv(orgs: OpenOrganisation[], origin: string) {
	return toCsv(
		csvHeader,
		orgs.map((o) => [
			o.id, o.name, o.summary, o.community_name, licenceOf(o.licence).id, o.topics.join(' '), o.skills.join(' '), o.languages.join(' '),
			o.modes.join(' '), o.availability, o.area, o.address, o.latitude, o.longitude, o.email, o.link, pageUrl(origin, o.id), o.updated_at
		])
	);
}

export function organisationsJson(orgs: OpenOrganisation[], origin: string) {
	return orgs.map((o) => ({
		id: o.id,
		name: o.name,
		description: o.summary,
		community: { slug: o.community_slug, name: o.community_name, page: `${origin}/open-data/${o.community_slug}` },
		licence: licenceOf(o.licence),
		topics: o.topics,
		skills: o.skills,
		languages: o.languages,
		ways_to_meet: o.modes,
		availability: o.availability,
		area: o.area,
		address: o.address,
		latitude: o.latitude,
		longitude: o.longitude,
		email: o.email,
		website: o.link,
		hearth_page: pageUrl(origin, o.id),
		updated_at: o.updated_at
	}));
}
