import { redirect } from '@sveltejs/kit';
import { forgetGuestAnswers } from '$lib/onboarding/progress.server';
import type { RequestHandler } from './$types';

// On a shared device the next person must find nothing: the session, the welcome answers
// kept for a visitor, and (Clear-Site-Data) every page kept offline and anything waiting to
// be sent. Browsers without Clear-Site-Data are covered on the page it lands on (SignedOut).
export const POST: RequestHandler = async ({ locals, cookies, setHeaders }) => {
	await locals.supabase.auth.signOut();
	forgetGuestAnswers(cookies);
	setHeaders({ 'clear-site-data': '"cache", "storage"' });
	redirect(303, '/?signed-out');
};
