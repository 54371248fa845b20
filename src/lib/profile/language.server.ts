import type { Cookies } from '@sveltejs/kit';
import type { Supabase } from '$lib/supabase';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { setLanguageCookie } from '$lib/server/language';

/**
 * On sign-in, a member's saved language wins (a new phone speaks their language at once);
 * a member who never chose one keeps the language they signed in with.
 * The cookie then carries it, so ordinary page loads need no extra query.
 */
export async function adoptSavedLanguage(supabase: Supabase, userId: string, cookies: Cookies, current: Locale) {
	const { data } = await supabase.from('member_private').select('language').eq('user_id', userId).maybeSingle();
	if (isLocale(data?.language)) setLanguageCookie(cookies, data.language);
	else await saveLanguage(supabase, userId, current);
}

export async function saveLanguage(supabase: Supabase, userId: string, lang: Locale) {
	await supabase.from('member_private').update({ language: lang }).eq('user_id', userId);
}
