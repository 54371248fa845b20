import type { TFunction } from 'i18next';
import type { Locale } from './locales';
import type { Messages } from './messages';

/**
 * The browser's translator: the part of i18next our locale files use (nested keys, `{{name}}`
 * values, plurals by `_zero`…`_other` suffixes), for one language whose strings are all here.
 * The server renders every page with i18next itself; this re-renders the same strings when a
 * page hydrates, in a few hundred bytes: i18next was 14.7 KiB gzip of every page's 60 KiB.
 * tests/unit/browser-translator.test.ts checks it gives what i18next gives, for every string
 * of every locale: a string using more of i18next than this fails there.
 */
export function createTranslator(lang: Locale, messages: Messages): TFunction {
	const plurals = new Intl.PluralRules(lang);
	const find = (from: unknown, path: string) =>
		path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), from);

	function t(key: string, values: Record<string, unknown> = {}): string {
		const { count } = values;
		// i18next's order: `_zero` for a count of 0 in any language, then the plural form, then the key.
		const keys = typeof count === 'number' ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${plurals.select(count)}`, key] : [key];
		const text = keys.map((k) => find(messages, k)).find((found) => typeof found === 'string');
		if (typeof text !== 'string') return key;
		// Values are put in as given and never read again for `{{`, as i18next does.
		return text.replace(/\{\{(.+?)\}\}/g, (placeholder, name: string) => {
			const value = find(values, name.trim());
			if (value === undefined) return Object.hasOwn(values, name.trim()) ? '' : placeholder;
			return value === null ? '' : String(value);
		});
	}
	// TFunction's type checks keys and values against the English strings; the function takes any.
	return t as unknown as TFunction;
}
