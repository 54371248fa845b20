import { submitEvent } from '$lib/organise/actions';
import { blankEvent } from '$lib/organise/event-form';
import { coHostChoices } from '$lib/organise/co-hosts';
import { communityVenues } from '$lib/organise/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { communities } = await parent();
	const asked = url.searchParams.get('community');
	const community = communities.find((c) => c.id === asked) ?? communities[0];
	const [venues, choices] = communities.length
		? await Promise.all([communityVenues(locals.supabase, communities.map((c) => c.id)), coHostChoices(locals.supabase, communities, locals.user?.id ?? null)])
		: [[], []];
	// Whoever makes the event hosts it, so they choose its co-hosts.
	return { values: blankEvent(community?.id, url.searchParams.get('venue') ?? ''), venues, coHosts: { choices, editable: true } };
};

export const actions: Actions = {
	save: (event) => submitEvent(event, null, 'save'),
	publish: (event) => submitEvent(event, null, 'publish')
};
