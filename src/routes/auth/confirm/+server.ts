import { redirect } from '@sveltejs/kit';
import type { EmailOtpType } from '@supabase/supabase-js';
import { adoptSavedLanguage } from '$lib/profile/language.server';
import { safeReturnPath } from '$lib/server/language';
import type { RequestHandler } from './$types';

/** The link in the sign-in email: verified here on the server, then on to where they were going. */
export const GET: RequestHandler = async ({ url, locals, cookies }) => {
	const tokenHash = url.searchParams.get('token_hash');
	const type = (url.searchParams.get('type') ?? 'email') as EmailOtpType;
	const next = safeReturnPath(url.searchParams.get('next') ?? '/me');
	if (tokenHash) {
		const { data, error } = await locals.supabase.auth.verifyOtp({ token_hash: tokenHash, type });
		if (!error && data.user) {
			await adoptSavedLanguage(locals.supabase, data.user.id, cookies, locals.lang);
			redirect(303, next);
		}
	}
	redirect(303, `/signin?error=link&next=${encodeURIComponent(next)}`);
};
