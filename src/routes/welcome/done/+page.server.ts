import { listUpcoming } from '$lib/events/queries';
import { readFilters } from '$lib/events/filters';
import { suggestEvents } from '$lib/onboarding/suggest';
import { findPlace } from '$lib/server/places';
import { listCommunities, loadAccount } from '$lib/onboarding/progress.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { progress } = await parent();
	const account = locals.user ? await loadAccount(locals.supabase, locals.user.id) : null;
	const needs = account?.needs ?? progress.answers.needs ?? [];
	const area = account?.area ?? progress.answers.area ?? '';
	const place = area ? findPlace(area).found : null;
	const [{ events }, communities] = await Promise.all([
		listUpcoming(locals.supabase, readFilters(new URLSearchParams())),
		account?.waitingFor.length ? listCommunities(locals.supabase) : []
	]);
	return {
		waitingFor: communities.filter((c) => account?.waitingFor.includes(c.id)).map((c) => c.name),
		suggestions: suggestEvents(events, needs, place),
		offers: progress.answers.offers ?? []
	};
};
