import { error, fail, redirect } from '@sveltejs/kit';
import { refused, submitEvent } from '$lib/organise/actions';
import { eventValues } from '$lib/organise/event-form';
import { e, readForm } from '$lib/organise/form';
import { coHostChoices, coHostsOf, hosts } from '$lib/organise/co-hosts';
import { cancelEvent, communityVenues, deleteDraft, duplicateEvent, editableEvent } from '$lib/organise/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const { communities } = await parent();
	const id = params.id;
	const found = id && (await editableEvent(locals.supabase, id));
	// Published events are readable by anyone: only the community's organisers may change them.
	if (!found || !communities.some((c) => c.id === found.event.community_id)) error(404, 'Not found');
	const { event, joinUrl } = found;
	const [venues, coHosts, choices] = await Promise.all([
		communityVenues(locals.supabase, communities.map((c) => c.id)),
		coHostsOf(locals.supabase, event.id),
		coHostChoices(locals.supabase, communities, event.created_by)
	]);
	return {
		event: { id: event.id, title: event.title, status: event.status, cancel_reason: event.cancel_reason },
		values: { ...eventValues(event, joinUrl), coHosts: coHosts.join(',') },
		venues,
		coHosts: { choices, editable: !!locals.user && hosts(locals.user.id, event.created_by, coHosts) },
		done: url.searchParams.get('done')
	};
};

export const actions: Actions = {
	save: (event) => submitEvent(event, event.params.id, 'save'),
	publish: (event) => submitEvent(event, event.params.id, 'publish'),

	duplicate: async (event) => {
		requireMember(event);
		const values = readForm(await event.request.formData());
		const weeks = Number(values.weeks);
		if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) return fail(400, { values, errors: { weeks: e('weeksInvalid') }, side: true });
		const copy = await duplicateEvent(event.locals.supabase, event.params.id, weeks);
		if (copy.errors) return refused(values, copy.errors);
		redirect(303, `/organise/events/${copy.id}/edit?done=duplicated`);
	},

	cancel: async (event) => {
		requireMember(event);
		const values = readForm(await event.request.formData());
		const reason = values.reason?.trim() ?? '';
		if (!reason) return fail(400, { values, errors: { reason: e('reasonMissing') }, side: true });
		if (reason.length > 500) return fail(400, { values, errors: { reason: e('tooLong') }, side: true });
		const cancelled = await cancelEvent(event.locals.supabase, event.params.id, reason);
		if (cancelled.errors) return refused(values, cancelled.errors);
		redirect(303, '/organise?done=cancelled');
	},

	delete: async (event) => {
		requireMember(event);
		const deleted = await deleteDraft(event.locals.supabase, event.params.id);
		if (deleted.errors) return refused({}, deleted.errors);
		redirect(303, '/organise?done=deleted');
	}
};
