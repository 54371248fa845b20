import { defaultLocale, isLocale, type Locale } from './locales';

interface Choice {
	/** The signed-in member's saved preference. */
	saved?: string | null;
	/** The `lang` cookie set by the language switcher. */
	cookie?: string | null;
	/** The browser's Accept-Language header. */
	acceptLanguage?: string | null;
}

/** Picks the language: saved preference, then cookie, then the browser's list, then English. */
export function chooseLanguage({ saved, cookie, acceptLanguage }: Choice): Locale {
	if (isLocale(saved)) return saved;
	if (isLocale(cookie)) return cookie;
	return fromAcceptLanguage(acceptLanguage ?? '') ?? defaultLocale;
}

/** The supported language the browser ranks highest ("cy-GB" counts as "cy"). */
export function fromAcceptLanguage(header: string): Locale | undefined {
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const quality = q === undefined ? 1 : Number(q.slice(2));
			return { base: tag.trim().toLowerCase().split('-')[0], quality, index };
		})
		.filter(({ quality }) => Number.isFinite(quality) && quality > 0)
		.sort((a, b) => b.quality - a.quality || a.index - b.index);
	for (const { base } of ranked) if (isLocale(base)) return base;
	return undefined;
}
