import { error } from '@sveltejs/kit';
import { isNeed, type Need } from '$lib/events/access';
import { getEvent, getJoinLink, savedNeeds } from '$lib/events/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	// RLS hides drafts from everyone but the community's organisers.
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('events.page.notFound'));
	const online = event.format !== 'in_person';
	const [link, saved] = await Promise.all([
		online ? getJoinLink(locals.supabase, event.id) : null,
		locals.user ? savedNeeds(locals.supabase, locals.user.id) : ([] as string[])
	]);
	const asked = url.searchParams.getAll('need').filter(isNeed);
	const needs: Need[] = [...new Set([...saved.filter(isNeed), ...asked])];
	return { event, link, needs, signedIn: !!locals.user, origin: url.origin };
};
