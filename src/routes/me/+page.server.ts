import { organisedCommunities } from '$lib/organise/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	email: locals.user?.email ?? null,
	organises: locals.user ? (await organisedCommunities(locals.supabase, locals.user.id)).length > 0 : false
});
