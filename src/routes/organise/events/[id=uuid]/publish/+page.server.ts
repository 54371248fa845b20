import { error, redirect } from '@sveltejs/kit';
import { combinedFacts, unknownFacts } from '$lib/events/access';
import { refused } from '$lib/organise/actions';
import { editableEvent, publishEvent } from '$lib/organise/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { communities } = await parent();
	const id = params.id;
	const found = id && (await editableEvent(locals.supabase, id));
	if (!found || !communities.some((c) => c.id === found.event.community_id)) error(404, 'Not found');
	const { event } = found;
	if (event.status !== 'draft') redirect(303, `/organise/events/${event.id}/edit`);
	return {
		event: { id: event.id, title: event.title },
		unknown: unknownFacts(combinedFacts(event.venue?.access, event.access), event.format)
	};
};

export const actions: Actions = {
	publish: async (event) => {
		requireMember(event);
		const published = await publishEvent(event.locals.supabase, event.params.id);
		if (published.errors) return refused({}, published.errors);
		redirect(303, '/organise?done=published');
	}
};
