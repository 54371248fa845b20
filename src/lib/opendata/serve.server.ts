// The open data routes' answers, each from what public.open_organisations() publishes,
// so the routes stay one line each.
import { messages } from '$lib/server/i18n';
import type { Supabase } from '$lib/supabase';
import { organisationsCsv, organisationsJson } from './downloads';
import { feedIndex } from './feeds';
import * as hsds from './hsds';
import { murmurationsProfile, profileUrl } from './murmurations';
import { allPublished, communityMap, communityMaps, publishedCount, publishedOrganisation, publishedOrganisations } from './queries';
import { badRequest, notFound, openFile, openJson } from './respond.server';

export async function indexJson(supabase: Supabase, origin: string) {
	return openJson(feedIndex(await communityMaps(supabase), origin));
}

/** The organisations of one community (by slug), or of every community; null: no such community. */
export async function download(supabase: Supabase, origin: string, format: 'csv' | 'json', slug?: string) {
	if (slug && !(await communityMap(supabase, { slug }))) return notFound();
	const orgs = await allPublished(supabase, slug);
	const name = `${slug ?? 'hearth'}-organisations`;
	return format === 'csv' ? openFile(organisationsCsv(orgs, origin), 'text/csv', `${name}.csv`) : openJson(organisationsJson(orgs, origin));
}

export async function murmurationsList(supabase: Supabase, origin: string, slug: string) {
	if (!(await communityMap(supabase, { slug }))) return notFound();
	const orgs = await allPublished(supabase, slug);
	return openJson({ profiles: orgs.map((o) => ({ name: o.name, profile_url: profileUrl(origin, o.id) })) });
}

const uuidFile = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

export async function murmurations(supabase: Supabase, origin: string, file: string) {
	const id = uuidFile.exec(file)?.[1];
	const org = id ? await publishedOrganisation(supabase, id) : null;
	return org ? openJson(murmurationsProfile(org, origin)) : notFound();
}

// Open Referral UK ---------------------------------------------------------------------------

const labels = { topics: messages.en.directory.topics, skills: messages.en.directory.skills };
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const languageName = (code: string) => languageNames.of(code) ?? code;

const serviceIds = (orgs: { id: string }[]) => new Map(orgs.map((o) => [hsds.stableId(`service:${o.id}`), o.id]));

export const openReferral = {
	about: () => openJson(hsds.about()),
	async list(supabase: Supabase, origin: string, query: URLSearchParams, what: 'services' | 'organizations') {
		const paging = hsds.readPaging(query);
		if ('error' in paging) return badRequest(paging.error);
		const [orgs, total] = await Promise.all([publishedOrganisations(supabase, paging), publishedCount(supabase)]);
		const contents = orgs.map((o) => (what === 'services' ? hsds.serviceListed(o, origin) : hsds.organization(o, origin)));
		return openJson(hsds.paginated(contents, total, paging));
	},
	async organization(supabase: Supabase, origin: string, id: string) {
		const org = /^[0-9a-f-]{36}$/.test(id) ? await publishedOrganisation(supabase, id) : null;
		return org ? openJson(hsds.organizationFull(org, labels, origin, languageName)) : notFound();
	},
	/** A service's id is made from its organisation's, so it is found among the published. */
	async service(supabase: Supabase, origin: string, id: string) {
		const orgId = serviceIds(await allPublished(supabase)).get(id);
		const org = orgId ? await publishedOrganisation(supabase, orgId) : null;
		return org ? openJson(hsds.service(org, labels, origin, languageName)) : notFound();
	},
	vocabulary(origin: string, query: URLSearchParams, what: 'taxonomies' | 'taxonomy_terms') {
		const paging = hsds.readPaging(query);
		if ('error' in paging) return badRequest(paging.error);
		return openJson(what === 'taxonomies' ? hsds.pageOf(hsds.taxonomies(origin), paging) : hsds.pageOf(hsds.taxonomyTerms(labels, origin), paging));
	}
};
