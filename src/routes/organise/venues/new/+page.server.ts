import { submitVenue } from '$lib/organise/actions';
import { blankVenue } from '$lib/organise/venue-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { communities } = await parent();
	const asked = url.searchParams.get('community');
	return { values: blankVenue((communities.find((c) => c.id === asked) ?? communities[0])?.id) };
};

export const actions: Actions = {
	save: (event) => submitVenue(event, null, 'save'),
	more: (event) => submitVenue(event, null, 'more')
};
