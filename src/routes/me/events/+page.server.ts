import { myEvents } from '$lib/rsvp/queries';
import { sortMyEvents } from '$lib/rsvp/my-events';
import { requireMember } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	return { groups: sortMyEvents(await myEvents(locals.supabase, user.id), new Date()) };
};
