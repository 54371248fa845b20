import { groupEvents } from '$lib/organise/overview';
import { communityEvents, communityVenues } from '$lib/organise/queries';
import { unconfirmedCounts } from '$lib/import/queries';
import { waitingCounts } from '$lib/members/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { communities } = await parent();
	const ids = communities.map((c) => c.id);
	const coordinated = communities.filter((c) => c.role === 'coordinator').map((c) => c.id);
	const [events, venues, waiting, unconfirmed] = ids.length
		? await Promise.all([
				communityEvents(locals.supabase, ids),
				communityVenues(locals.supabase, ids),
				waitingCounts(locals.supabase, ids),
				unconfirmedCounts(locals.supabase, coordinated)
			])
		: [[], [], new Map<string, number>(), new Map<string, number>()];
	return {
		done: url.searchParams.get('done'),
		overview: communities.map((community) => ({
			community,
			waiting: waiting.get(community.id) ?? 0,
			unconfirmed: unconfirmed.get(community.id) ?? 0,
			events: groupEvents(events.filter((e) => e.community_id === community.id)),
			venues: venues.filter((v) => v.community_id === community.id).map(({ id, name, town }) => ({ id, name, town }))
		}))
	};
};
