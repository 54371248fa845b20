import i18next, { type TFunction } from 'i18next';
import type { Locale } from './locales';
import type { Messages } from './messages';

export type { Messages };

/**
 * One i18next instance for one language. Never change its language afterwards: on the
 * server, instances are shared between requests (see $lib/server/i18n). The browser gets
 * translator.browser.ts instead (package.json `imports`: `#i18n/translator`).
 */
export function createTranslator(lang: Locale, messages: Messages): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		resources: { [lang]: { translation: messages } },
		// Every locale is complete (tests/unit/i18n-keys.test.ts), and the browser only gets one.
		fallbackLng: false,
		// Resources are given inline, so init can finish before the first render.
		initAsync: false,
		// Svelte escapes text already.
		interpolation: { escapeValue: false }
	});
	return instance.t;
}
