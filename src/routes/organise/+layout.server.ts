import { requireUser } from '$lib/organise/actions';
import { organisedCommunities } from '$lib/organise/queries';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const user = requireUser(event);
	return { communities: await organisedCommunities(event.locals.supabase, user.id) };
};
