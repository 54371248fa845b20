import { redirect } from '@sveltejs/kit';
import { getEvent } from '$lib/events/queries';
import { isUuid } from '$lib/forms/typed';
import { loadInsights, readPeriod } from '$lib/feedback/insights';
import { organisedCommunities } from '$lib/organise/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	const communities = await organisedCommunities(locals.supabase, locals.user.id);
	const period = readPeriod(url.searchParams);
	const asked = url.searchParams.get('event') ?? '';
	const event = isUuid(asked) ? asked : null;
	// Coming from one event's page, the community is that event's.
	const wanted = url.searchParams.get('community') ?? (event ? (await getEvent(locals.supabase, event))?.community_id : null);
	const community = communities.find((c) => c.id === wanted) ?? communities[0] ?? null;
	if (!community) return { communities, community: null, period, event: null, insights: null, named: [] };
	const [insights, named] = await Promise.all([
		loadInsights(locals.supabase, community.id, period, event),
		event ? locals.supabase.rpc('named_feedback', { event }).then((r) => r.data ?? []) : []
	]);
	return { communities, community, period, event, insights, named };
};
