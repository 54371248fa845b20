import { formatted } from '#i18n/formatted';
import type { TFunction } from 'i18next';
import type { Locale } from './locales';

// Hearth's communities are in the UK: English dates read "3 June", not "June 3".
const intlLocale: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB', ar: 'ar' };

// Making an Intl formatter costs far more than using one (a list of 20 event cards made
// dozens while hydrating on a slow phone), so each is made once per locale, style and zone.
const formatters = new Map<string, { format(value: never): string }>();
function formatter<F extends { format(value: never): string }>(key: string, make: () => F): F {
	let made = formatters.get(key) as F | undefined;
	if (!made) formatters.set(key, (made = make()));
	return made;
}

/** A date formatter for any Intl locale, made once: for the app's own date logic too. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
	formatter(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const dateTime = (lang: Locale, options: Intl.DateTimeFormatOptions) => dateTimeFormat(intlLocale[lang], options);
const number = (lang: Locale, options: Intl.NumberFormatOptions) =>
	formatter(`number ${lang} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocale[lang], options));

// Each string is made once per page and, in the browser, taken from what the server sent
// with the page when it is there (#i18n/formatted): the key says everything it depends on.

// Every helper takes the time zone explicitly: the server and the browser may sit in
// different zones, and an event's time belongs to the place where it happens.

export function formatDate(date: Date, lang: Locale, timeZone: string): string {
	return formatted(`date ${lang} ${timeZone} ${date.getTime()}`, () => dateTime(lang, { dateStyle: 'full', timeZone }).format(date));
}

export function formatTime(date: Date, lang: Locale, timeZone: string): string {
	return formatted(`time ${lang} ${timeZone} ${date.getTime()}`, () => dateTime(lang, { timeStyle: 'short', timeZone }).format(date));
}

/** "Tuesday 3 June, 18:30 – 20:00", with the shared parts said once. */
export function formatDateRange(start: Date, end: Date, lang: Locale, timeZone: string): string {
	return formatted(`range ${lang} ${timeZone} ${start.getTime()} ${end.getTime()}`, () =>
		dateTime(lang, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone }).formatRange(start, end)
	);
}

/**
 * Locations are only known to about 1 km, so distances are rounded: whole kilometres
 * up to 20 km, then to the nearest 5 km.
 */
export function roundKm(km: number): number {
	return km < 20 ? Math.round(km) : Math.round(km / 5) * 5;
}

export function formatDistance(km: number, lang: Locale, t: TFunction): string {
	const shown = km < 1 ? 1 : roundKm(km);
	const distance = formatKm(shown, lang);
	return km < 1 ? t('distance.lessThanOne', { distance }) : t('distance.about', { distance });
}

/** A language code ("cy") named in the page's language ("Welsh", "Cymraeg", "الويلزية"). */
export function languageName(code: string, lang: Locale): string {
	return formatted(`language ${lang} ${code}`, () =>
		formatter(`language ${lang}`, () => {
			const names = new Intl.DisplayNames([intlLocale[lang]], { type: 'language', fallback: 'code' });
			return { format: (of: string) => names.of(of) ?? of };
		}).format(code)
	);
}

/** Prices are kept in pence. */
export function formatPounds(pence: number, lang: Locale): string {
	return formatted(`pounds ${lang} ${pence}`, () =>
		number(lang, { style: 'currency', currency: 'GBP', minimumFractionDigits: pence % 100 ? 2 : 0 }).format(pence / 100)
	);
}

/** "10 km", for choices of distance. */
export function formatKm(km: number, lang: Locale): string {
	return formatted(`km ${lang} ${km}`, () => number(lang, { style: 'unit', unit: 'kilometer', unitDisplay: 'short' }).format(km));
}

/** "Hearing loop and step-free entrance", joined the way the language does it. */
export function formatList(items: string[], lang: Locale): string {
	return formatted(`list ${lang} ${JSON.stringify(items)}`, () =>
		formatter(`list ${lang}`, () => new Intl.ListFormat(intlLocale[lang], { style: 'long', type: 'conjunction' })).format(items)
	);
}
