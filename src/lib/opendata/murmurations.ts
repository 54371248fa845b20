// A Murmurations profile of a published organisation, after organizations_schema-v1.0.0
// (tests/standards/murmurations/). The schema does not list `locality`, but it does not
// forbid other properties either, and `locality` is a Murmurations library field: we send
// the area the organisation named there.
import { asWords, country, pageUrl, type OpenOrganisation } from './organisations';

export const murmurationsSchema = 'organizations_schema-v1.0.0';

export const profileUrl = (origin: string, id: string) => `${origin}/open-data/murmurations/${id}.json`;

export function murmurationsProfile(org: OpenOrganisation, origin: string) {
	const tags = [...new Set([...org.topics, ...org.skills].map(asWords))];
	const contact = { ...(org.email ? { email: org.email } : {}), ...(org.link ? { contact_form: org.link } : {}) };
	return {
		linked_schemas: [murmurationsSchema],
		name: org.name.slice(0, 200),
		primary_url: org.link ?? pageUrl(origin, org.id),
		description: org.summary,
		...(tags.length ? { tags } : {}),
		...(org.address ? { full_address: org.address } : {}),
		...(org.area ? { locality: org.area.slice(0, 100) } : {}),
		country_iso_3166: country,
		...(org.latitude !== null && org.longitude !== null ? { geolocation: { lat: org.latitude, lon: org.longitude } } : {}),
		...(Object.keys(contact).length ? { contact_details: contact } : {}),
		urls: [{ name: 'Hearth', url: pageUrl(origin, org.id) }]
	};
}
