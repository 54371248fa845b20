export const locales = ['en', 'cy', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language named in itself, so people find theirs whatever language the page is in. */
export const autonyms: Record<Locale, string> = {
	en: 'English',
	cy: 'Cymraeg',
	ar: 'العربية'
};

const rightToLeft: ReadonlySet<Locale> = new Set(['ar']);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function dirOf(lang: Locale): 'ltr' | 'rtl' {
	return rightToLeft.has(lang) ? 'rtl' : 'ltr';
}
