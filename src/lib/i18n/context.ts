import { getContext, setContext } from 'svelte';
import type { TFunction } from 'i18next';
import type { Locale } from './locales';

export interface I18n {
	readonly lang: Locale;
	readonly t: TFunction;
}

const key = Symbol('i18n');

/** Called once by the root layout; pass an object with getters so a language change flows down. */
export function setI18n(i18n: I18n): void {
	setContext(key, i18n);
}

export function getI18n(): I18n {
	return getContext<I18n>(key);
}
