import { organisedCommunities } from '$lib/organise/queries';
import { requireMember } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const user = requireMember(event);
	return { communities: await organisedCommunities(event.locals.supabase, user.id) };
};
