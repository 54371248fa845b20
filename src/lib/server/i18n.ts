import type { TFunction } from 'i18next';
import { locales, type Locale } from '$lib/i18n/locales';
import { createTranslator, type Messages } from '$lib/i18n/translator';

// Every feature file of every language, merged per language.
const files = import.meta.glob<Record<string, unknown>>('../i18n/locales/*/*.json', { eager: true, import: 'default' });

export const messages = Object.fromEntries(
	locales.map((lang) => [
		lang,
		Object.assign({}, ...Object.entries(files).filter(([path]) => path.includes(`/locales/${lang}/`)).map(([, strings]) => strings))
	])
) as Record<Locale, Messages>;

// One instance per language, made once and shared by every request in that language.
const translators = Object.fromEntries(
	locales.map((lang) => [lang, createTranslator(lang, messages[lang])])
) as Record<Locale, TFunction>;

export function translatorFor(lang: Locale): TFunction {
	return translators[lang];
}
