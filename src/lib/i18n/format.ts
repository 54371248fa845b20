import type { TFunction } from 'i18next';
import type { Locale } from './locales';

// Hearth's communities are in the UK: English dates read "3 June", not "June 3".
const intlLocale: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB', ar: 'ar' };

// Every helper takes the time zone explicitly: the server and the browser may sit in
// different zones, and an event's time belongs to the place where it happens.

export function formatDate(date: Date, lang: Locale, timeZone: string): string {
	return new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'full', timeZone }).format(date);
}

export function formatTime(date: Date, lang: Locale, timeZone: string): string {
	return new Intl.DateTimeFormat(intlLocale[lang], { timeStyle: 'short', timeZone }).format(date);
}

/** "Tuesday 3 June, 18:30 – 20:00", with the shared parts said once. */
export function formatDateRange(start: Date, end: Date, lang: Locale, timeZone: string): string {
	return new Intl.DateTimeFormat(intlLocale[lang], {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: 'numeric',
		minute: '2-digit',
		timeZone
	}).formatRange(start, end);
}

/**
 * Locations are only known to about 1 km, so distances are rounded: whole kilometres
 * up to 20 km, then to the nearest 5 km.
 */
export function roundKm(km: number): number {
	return km < 20 ? Math.round(km) : Math.round(km / 5) * 5;
}

export function formatDistance(km: number, lang: Locale, t: TFunction): string {
	const unit = new Intl.NumberFormat(intlLocale[lang], { style: 'unit', unit: 'kilometer', unitDisplay: 'short' });
	if (km < 1) return t('distance.lessThanOne', { distance: unit.format(1) });
	return t('distance.about', { distance: unit.format(roundKm(km)) });
}

/** A language code ("cy") named in the page's language ("Welsh", "Cymraeg", "الويلزية"). */
export function languageName(code: string, lang: Locale): string {
	return new Intl.DisplayNames([intlLocale[lang]], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/** Prices are kept in pence. */
export function formatPounds(pence: number, lang: Locale): string {
	return new Intl.NumberFormat(intlLocale[lang], { style: 'currency', currency: 'GBP', minimumFractionDigits: pence % 100 ? 2 : 0 }).format(
		pence / 100
	);
}

/** "10 km", for choices of distance. */
export function formatKm(km: number, lang: Locale): string {
	return new Intl.NumberFormat(intlLocale[lang], { style: 'unit', unit: 'kilometer', unitDisplay: 'short' }).format(km);
}

/** "Hearing loop and step-free entrance", joined the way the language does it. */
export function formatList(items: string[], lang: Locale): string {
	return new Intl.ListFormat(intlLocale[lang], { style: 'long', type: 'conjunction' }).format(items);
}
