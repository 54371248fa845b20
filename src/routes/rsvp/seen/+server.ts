import { redirect } from '@sveltejs/kit';
import { acknowledgePromotion } from '$lib/rsvp/queries';
import { safeReturnPath } from '$lib/server/language';
import type { RequestHandler } from './$types';

/** A member has seen that a waitlist place came up. */
export const POST: RequestHandler = async ({ request, locals }) => {
	const form = await request.formData();
	const event = form.get('event');
	if (locals.user && typeof event === 'string') await acknowledgePromotion(locals.supabase, event);
	redirect(303, safeReturnPath(form.get('returnTo')));
};
