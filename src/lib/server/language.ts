import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locales';

export const LANG_COOKIE = 'lang';

/**
 * Remembers a signed-out visitor's choice for a year. Readable by scripts on purpose:
 * the service worker reads it to show the offline page in the same language.
 */
export function setLanguageCookie(cookies: Cookies, lang: Locale): void {
	cookies.set(LANG_COOKIE, lang, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		sameSite: 'lax',
		httpOnly: false
	});
}

/** Longer return paths would make a redirect header clients refuse; no page of ours needs one. */
const longestPath = 2000;

/** A same-origin path to go back to after a form post; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.length > longestPath) return '/';
	const base = 'http://hearth.invalid';
	const url = new URL(value, base);
	const path = `${url.pathname}${url.search}${url.hash}`;
	return url.origin === base && path.length <= longestPath ? path : '/';
}
