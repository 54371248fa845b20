// schema.org/Organization for a published organisation's page, so other maps and search
// engines can read it (embedded as the event page embeds its Event: scriptJson).
import { licenceOf } from './licences';
import { asWords, country, pageUrl, type OpenOrganisation } from './organisations';

export function organisationJsonLd(org: OpenOrganisation, origin: string) {
	const url = pageUrl(origin, org.id);
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': url,
		name: org.name,
		description: org.summary,
		url: org.link ?? url,
		...(org.email ? { email: org.email } : {}),
		address: {
			'@type': 'PostalAddress',
			...(org.address ? { streetAddress: org.address } : {}),
			...(org.area ? { addressLocality: org.area } : {}),
			addressCountry: country
		},
		...(org.latitude !== null && org.longitude !== null ? { geo: { '@type': 'GeoCoordinates', latitude: org.latitude, longitude: org.longitude } } : {}),
		knowsAbout: [...org.topics, ...org.skills].map(asWords),
		knowsLanguage: org.languages,
		memberOf: { '@type': 'Organization', name: org.community_name, url: `${origin}/open-data/${org.community_slug}` },
		license: licenceOf(org.licence).url
	};
}
