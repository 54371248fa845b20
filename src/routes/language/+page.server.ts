import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';
import { safeReturnPath, setLanguageCookie } from '$lib/server/language';
import { saveLanguage } from '$lib/profile/language.server';
import type { Actions, PageServerLoad } from './$types';

// The switcher lives on the Me page; this route only takes its form posts.
export const load: PageServerLoad = () => redirect(303, '/me');

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const lang = form.get('lang');
		if (isLocale(lang)) {
			setLanguageCookie(cookies, lang);
			// Signed in, the choice follows the member to every device.
			if (locals.user) await saveLanguage(locals.supabase, locals.user.id, lang);
		}
		redirect(303, safeReturnPath(form.get('returnTo')));
	}
};
