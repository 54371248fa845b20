import { fail, redirect } from '@sveltejs/kit';
import { takeSignInTurn } from '$lib/auth/limits.server';
import { checkCode, checkEmail, explainAuthError } from '$lib/auth/sign-in';
import { adoptSavedLanguage } from '$lib/profile/language.server';
import { safeReturnPath } from '$lib/server/language';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeReturnPath(url.searchParams.get('next') ?? '/me');
	if (locals.user) redirect(303, next);
	return { next, linkFailed: url.searchParams.get('error') === 'link' };
};

export const actions: Actions = {
	send: async ({ request, locals, url, getClientAddress }) => {
		const form = await request.formData();
		const typed = String(form.get('email') ?? '');
		const email = checkEmail(typed);
		const next = safeReturnPath(form.get('next') ?? '/me');
		if (!email.ok) return fail(400, { stage: 'email' as const, email: typed, next, errors: { email: email.error } });
		const turn = await takeSignInTurn('code', email.value, getClientAddress());
		if (!turn.ok) return fail(429, { stage: 'email' as const, email: typed, next, errors: { email: turn.error }, minutes: turn.minutes });
		const { error } = await locals.supabase.auth.signInWithOtp({
			email: email.value,
			options: { emailRedirectTo: `${url.origin}${next}` }
		});
		if (error) {
			const { key, seconds } = explainAuthError(error);
			// Too soon after the last code: the last one still works, so go on to the code step.
			const stage = error.code === 'over_email_send_rate_limit' ? ('code' as const) : ('email' as const);
			return fail(error.status === 429 ? 429 : 400, { stage, email: email.value, next, errors: { [stage]: key }, seconds });
		}
		return { stage: 'code' as const, email: email.value, next, sent: true };
	},

	verify: async ({ request, locals, cookies, getClientAddress }) => {
		const form = await request.formData();
		const email = checkEmail(form.get('email'));
		const typedCode = String(form.get('code') ?? '');
		// Where to go afterwards travels with the form: a no-JS post drops the page's query string.
		const next = safeReturnPath(form.get('next') ?? '/me');
		if (!email.ok) return fail(400, { stage: 'email' as const, email: String(form.get('email') ?? ''), next, errors: { email: email.error } });
		const code = checkCode(typedCode);
		if (!code.ok) return fail(400, { stage: 'code' as const, email: email.value, next, code: typedCode, errors: { code: code.error } });
		// Counted before Auth sees it: a guess that is refused here never reaches the code.
		const turn = await takeSignInTurn('try', email.value, getClientAddress());
		if (!turn.ok) return fail(429, { stage: 'code' as const, email: email.value, next, code: typedCode, errors: { code: turn.error }, minutes: turn.minutes });
		const { data, error } = await locals.supabase.auth.verifyOtp({ email: email.value, token: code.value, type: 'email' });
		if (error || !data.user) {
			const { key } = explainAuthError(error ?? {});
			return fail(400, { stage: 'code' as const, email: email.value, next, code: typedCode, errors: { code: key } });
		}
		await adoptSavedLanguage(locals.supabase, data.user.id, cookies, locals.lang);
		redirect(303, next);
	}
};
