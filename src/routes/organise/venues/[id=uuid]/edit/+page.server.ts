import { error } from '@sveltejs/kit';
import { submitVenue } from '$lib/organise/actions';
import { getVenue } from '$lib/organise/queries';
import { venueValues } from '$lib/organise/venue-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { communities } = await parent();
	const id = params.id;
	const venue = id && (await getVenue(locals.supabase, id));
	// Venues are public to read: only their community's organisers may change them.
	if (!venue || !communities.some((c) => c.id === venue.community_id)) error(404, 'Not found');
	return { values: venueValues(venue) };
};

export const actions: Actions = {
	save: (event) => submitVenue(event, event.params.id, 'save'),
	more: (event) => submitVenue(event, event.params.id, 'more')
};
