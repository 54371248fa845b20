import { redirect } from '@sveltejs/kit';
import { myEvents } from '$lib/rsvp/queries';
import { sortMyEvents } from '$lib/rsvp/my-events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/me/events');
	return { groups: sortMyEvents(await myEvents(locals.supabase, locals.user.id), new Date()) };
};
