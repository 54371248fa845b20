import { getEvent } from '$lib/events/queries';
import { isUuid } from '$lib/forms/typed';
import { loadInsights, namedFeedback, readPeriod } from '$lib/feedback/insights';
import { organisedCommunities } from '$lib/organise/queries';
import { requireMember } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	const communities = await organisedCommunities(locals.supabase, user.id);
	const period = readPeriod(url.searchParams);
	const asked = url.searchParams.get('event') ?? '';
	const event = isUuid(asked) ? asked : null;
	// Coming from one event's page, the community is that event's.
	const wanted = url.searchParams.get('community') ?? (event ? (await getEvent(locals.supabase, event))?.community_id : null);
	const community = communities.find((c) => c.id === wanted) ?? communities[0] ?? null;
	if (!community) return { communities, community: null, period, event: null, insights: null, named: [] };
	const [insights, named] = await Promise.all([
		loadInsights(locals.supabase, community.id, period, event),
		event ? namedFeedback(locals.supabase, event) : []
	]);
	return { communities, community, period, event, insights, named };
};
