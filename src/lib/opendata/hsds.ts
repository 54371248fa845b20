// Open Referral UK: HSDS 3.0 documents of the published organisations
// (tests/standards/hsds/). Each organisation's offer is one service; its topics and skills
// are terms of two taxonomies of our own, linked to the service as attributes; its
// languages are the service's languages. Ids are UUIDs, as HSDS asks: the organisation's
// own, and for what it implies (its service, its languages) the same UUID every time,
// made from the organisation's.
import { createHash } from 'node:crypto';
import { skillKeys, topicKeys } from '$lib/directory/choices';
import { licenceOf } from './licences';
import { pageUrl, type OpenOrganisation } from './organisations';

export const hsdsVersion = '3.0';

/** A name-based UUID (version 5, RFC 9562) in Hearth's own namespace. */
export function stableId(name: string): string {
	const namespace = Buffer.from('5b0c2f4e8a3d4c1b9e6f7a8b9c0d1e2f', 'hex');
	const hash = createHash('sha1').update(namespace).update(name).digest();
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Labels = { topics: Record<string, string>; skills: Record<string, string> };
type Vocabulary = 'topics' | 'skills';

export function taxonomies(origin: string) {
	return (['topics', 'skills'] as const).map((vocabulary) => ({
		id: stableId(`taxonomy:${vocabulary}`),
		name: `Hearth ${vocabulary}`,
		description: vocabulary === 'topics' ? 'What an organisation helps with, as Hearth lists it.' : 'What an organisation can offer, as Hearth lists it.',
		uri: `${origin}/openreferral/taxonomies#${vocabulary}`,
		version: '1'
	}));
}

function term(vocabulary: Vocabulary, code: string, labels: Labels, origin: string) {
	return {
		id: stableId(`term:${vocabulary}:${code}`),
		code,
		name: labels[vocabulary][code] ?? code,
		description: labels[vocabulary][code] ?? code,
		taxonomy: `Hearth ${vocabulary}`,
		taxonomy_id: stableId(`taxonomy:${vocabulary}`),
		language: 'en',
		term_uri: `${origin}/openreferral/taxonomy_terms#${vocabulary}-${code}`
	};
}

export function taxonomyTerms(labels: Labels, origin: string) {
	return [...topicKeys.map((code) => term('topics', code, labels, origin)), ...skillKeys.map((code) => term('skills', code, labels, origin))];
}

export const serviceId = (org: OpenOrganisation) => stableId(`service:${org.id}`);

/** An organisation as /organizations lists it: its one-to-one fields. */
export function organization(org: OpenOrganisation, origin: string) {
	return {
		id: org.id,
		name: org.name,
		description: org.summary,
		...(org.email ? { email: org.email } : {}),
		...(org.link ? { website: org.link } : {}),
		uri: pageUrl(origin, org.id)
	};
}

/** A service as /services lists it: one-to-one fields, and its organisation. */
export function serviceListed(org: OpenOrganisation, origin: string) {
	return {
		id: serviceId(org),
		organization_id: org.id,
		name: org.name,
		description: org.summary,
		url: pageUrl(origin, org.id),
		...(org.email ? { email: org.email } : {}),
		status: 'active',
		licenses: licenceOf(org.licence).id,
		last_modified: new Date(org.updated_at).toISOString(),
		organization: organization(org, origin)
	};
}

/** A service as /services/{id} gives it: with its languages, terms and when it runs. */
export function service(org: OpenOrganisation, labels: Labels, origin: string, languageName: (code: string) => string) {
	const id = serviceId(org);
	const attributes = ([['topics', org.topics], ['skills', org.skills]] as const).flatMap(([vocabulary, codes]) =>
		codes.map((code) => {
			const taxonomyTerm = term(vocabulary, code, labels, origin);
			return { id: stableId(`attribute:${id}:${taxonomyTerm.id}`), link_id: id, link_type: vocabulary, link_entity: 'service', taxonomy_term_id: taxonomyTerm.id, taxonomy_term: taxonomyTerm };
		})
	);
	return {
		...serviceListed(org, origin),
		...(org.availability ? { schedules: [{ id: stableId(`schedule:${id}`), service_id: id, description: org.availability }] } : {}),
		languages: org.languages.map((code) => ({ id: stableId(`language:${id}:${code}`), service_id: id, name: languageName(code), code })),
		attributes
	};
}

/** An organisation as /organizations/{id} gives it: with its service. */
export function organizationFull(org: OpenOrganisation, labels: Labels, origin: string, languageName: (code: string) => string) {
	return { ...organization(org, origin), services: [service(org, labels, origin, languageName)] };
}

export interface Paging {
	page: number;
	size: number;
}

export const defaultPageSize = 50;
export const largestPageSize = 100;

/**
 * `page` and `per_page` (or `size`) from the query: whole numbers, a page from 1, a size
 * from 1 to 100. Anything else is the caller's mistake, said in words (a 400).
 */
export function readPaging(query: URLSearchParams): Paging | { error: string } {
	const whole = (name: string) => {
		const text = query.get(name);
		if (text === null) return undefined;
		return /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
	};
	const page = whole('page') ?? 1;
	const size = whole('per_page') ?? whole('size') ?? defaultPageSize;
	if (!(page >= 1)) return { error: 'page must be a whole number, 1 or more' };
	if (!(size >= 1 && size <= largestPageSize)) return { error: `per_page must be a whole number from 1 to ${largestPageSize}` };
	return { page, size };
}

/** HSDS's paginated list, for a page of `contents` out of `total`. */
export function paginated<T>(contents: T[], total: number, { page, size }: Paging) {
	const totalPages = Math.max(1, Math.ceil(total / size));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: page,
		size: contents.length,
		first_page: page === 1,
		last_page: page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

/** A page of a list the app holds whole (the taxonomies and their terms). */
export function pageOf<T>(all: T[], paging: Paging) {
	return paginated(all.slice((paging.page - 1) * paging.size, paging.page * paging.size), all.length, paging);
}

export function about() {
	return { version: hsdsVersion, profile: 'https://openreferral.org/', openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json' };
}
