import { error, fail, redirect } from '@sveltejs/kit';
import { getEvent } from '$lib/events/queries';
import { explainFeedbackError, feedbackWindow, readFeedback, typedValues } from '$lib/feedback/feedback';
import { giveFeedback, myFeedback } from '$lib/feedback/queries';
import { myRsvp } from '$lib/rsvp/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requireMember({ locals, url });
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('error.notFoundHeading'));
	const [rsvp, given] = await Promise.all([myRsvp(locals.supabase, event.id, user.id), myFeedback(locals.supabase, event.id, user.id)]);
	const went = url.searchParams.get('went');
	return {
		event: { id: event.id, title: event.title },
		window: feedbackWindow(event.ends_at),
		answered: !!rsvp && rsvp.status !== 'cancelled',
		given,
		went: (went === 'yes' || went === 'no' ? went : given ? (given.attended ? 'yes' : 'no') : null) as 'yes' | 'no' | null,
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await request.formData();
		if (!locals.user) return fail(401, { errors: { attended: 'feedback.errors.signIn' }, values: typedValues(form) });
		const read = readFeedback(form);
		if (!read.ok) return fail(400, { errors: read.errors, values: typedValues(form) });
		const refused = await giveFeedback(locals.supabase, params.id, read.value);
		if (refused) {
			const { status, key } = explainFeedbackError(refused);
			return fail(status, { errors: { attended: key }, values: typedValues(form) });
		}
		redirect(303, `/events/${params.id}/feedback?saved=1`);
	}
};
