import { submitEvent } from '$lib/organise/actions';
import { blankEvent } from '$lib/organise/event-form';
import { communityVenues } from '$lib/organise/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { communities } = await parent();
	const asked = url.searchParams.get('community');
	const community = communities.find((c) => c.id === asked) ?? communities[0];
	const venues = communities.length ? await communityVenues(locals.supabase, communities.map((c) => c.id)) : [];
	return { values: blankEvent(community?.id, url.searchParams.get('venue') ?? ''), venues };
};

export const actions: Actions = {
	save: (event) => submitEvent(event, null, 'save'),
	publish: (event) => submitEvent(event, null, 'publish')
};
