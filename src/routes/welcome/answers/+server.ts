import { error, redirect } from '@sveltejs/kit';
import { adoptGuestAnswers, forgetGuestAnswers } from '$lib/onboarding/progress.server';
import { requireMember } from '$lib/server/guard';
import { safeReturnPath } from '$lib/server/language';
import type { RequestHandler } from './$types';

// A member's choice about the answers a visitor left on this device: add them, or forget them.
export const POST: RequestHandler = async (event) => {
	const form = await event.request.formData();
	const next = safeReturnPath(form.get('next') ?? '/welcome');
	requireMember(event, next);
	const choice = form.get('choice');
	if (choice === 'add') await adoptGuestAnswers(event);
	else if (choice === 'forget') forgetGuestAnswers(event.cookies);
	else error(400, event.locals.t('welcome.guestAnswers.unknownChoice'));
	redirect(303, `${next}${next.includes('?') ? '&' : '?'}guest=${choice === 'add' ? 'added' : 'forgotten'}`);
};
