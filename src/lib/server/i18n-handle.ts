import type { Handle } from '@sveltejs/kit';
import { dirOf, isLocale } from '$lib/i18n/locales';
import { chooseLanguage } from '$lib/i18n/negotiate';
import { translatorFor } from './i18n';
import { LANG_COOKIE } from './language';

/**
 * Picks the request's language and renders `<html lang dir>` in it, so there is no flash
 * of English. Runs after any handle that sets `locals.savedLanguage` (a member's choice).
 * A `[lang]` route parameter wins: such pages (the offline pages) exist once per language.
 */
export const i18nHandle: Handle = async ({ event, resolve }) => {
	const lang = isLocale(event.params.lang)
		? event.params.lang
		: chooseLanguage({
				saved: event.locals.savedLanguage,
				cookie: event.cookies.get(LANG_COOKIE),
				acceptLanguage: event.request.headers.get('accept-language')
			});
	event.locals.lang = lang;
	event.locals.t = translatorFor(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dirOf(lang))
	});
};
