// Registering profiles with a Murmurations index (MURMURATIONS_INDEX_URL): each profile is
// first validated by the index (POST /v2/validate, the profile itself), then its URL is
// posted (POST /v2/nodes, { profile_url }) for the index to fetch. Each answer is reduced
// to an outcome the organise page says in plain words.
import { env } from '$env/dynamic/private';
import type { Supabase } from '$lib/supabase';
import { murmurationsProfile, profileUrl } from './murmurations';
import { allPublished } from './queries';
import type { Outcome, Registration } from './registration';

export const indexUrl = () => (env.MURMURATIONS_INDEX_URL ?? '').replace(/\/+$/, '');

async function post(url: string, body: unknown) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify(body),
		signal: AbortSignal.timeout(10_000)
	});
	const answer: unknown = await response.json().catch(() => null);
	return { status: response.status, answer: (answer && typeof answer === 'object' ? answer : {}) as Record<string, unknown> };
}

/** The index's own words for what is wrong with a profile (its `errors[].title` and `detail`). */
function problemsIn(answer: Record<string, unknown>): string[] {
	const errors = Array.isArray(answer.errors) ? answer.errors : [];
	return errors
		.map((e) => (e && typeof e === 'object' ? [(e as Record<string, unknown>).title, (e as Record<string, unknown>).detail].filter((s) => typeof s === 'string').join(': ') : ''))
		.filter(Boolean)
		.slice(0, 5)
		.map((s) => s.slice(0, 300));
}

export async function register(base: string, profile: unknown, profileUrl: string): Promise<Outcome> {
	try {
		const validated = await post(`${base}/v2/validate`, profile);
		if (validated.status === 400 || validated.status === 422) return { kind: 'invalid', problems: problemsIn(validated.answer) };
		if (validated.status >= 300) return { kind: 'refused', status: validated.status };
		const posted = await post(`${base}/v2/nodes`, { profile_url: profileUrl });
		if (posted.status === 400 || posted.status === 422) return { kind: 'invalid', problems: problemsIn(posted.answer) };
		if (posted.status >= 300) return { kind: 'refused', status: posted.status };
		const data = posted.answer.data as Record<string, unknown> | undefined;
		return { kind: 'registered', status: typeof data?.status === 'string' ? data.status : 'received' };
	} catch {
		return { kind: 'unreachable' };
	}
}

/** Every published profile of a community, registered one after another; 'noIndex' when no index is set up. */
export async function registerCommunity(supabase: Supabase, slug: string, origin: string): Promise<Registration[] | 'noIndex'> {
	const base = indexUrl();
	if (!base) return 'noIndex';
	const registrations: Registration[] = [];
	for (const org of await allPublished(supabase, slug)) {
		const url = profileUrl(origin, org.id);
		registrations.push({ id: org.id, name: org.name, profileUrl: url, outcome: await register(base, murmurationsProfile(org, origin), url) });
	}
	return registrations;
}
