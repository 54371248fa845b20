import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/i18n/locales';

const dir = join(import.meta.dirname, '../../src/lib/i18n/locales');
const features = (lang: string) => readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
const loadFile = (lang: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
/** A language's feature files merged, as the app merges them. */
const load = (lang: string): unknown => Object.assign({}, ...features(lang).map((file) => loadFile(lang, file)));

/** Every leaf as "dotted.key" → string (non-strings are reported as they are). */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
	const out = new Map<string, unknown>();
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		for (const [key, child] of Object.entries(value)) {
			for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
		}
	} else {
		out.set(prefix, value);
	}
	return out;
}

const placeholders = (text: unknown): string[] =>
	[...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Plural keys (`places_one`, `places_other`…) count as one key: each language has the
 * plural forms its own grammar needs (Arabic has six, English two).
 */
const plural = /_(zero|one|two|few|many|other)$/;
const english = flatten(load('en'));
/** Keys English gives an `_other` form are plural; nothing else is, whatever its name. */
const plurals = new Set([...english.keys()].filter((k) => k.endsWith('_other')).map((k) => k.replace(plural, '')));
const isPlural = (key: string) => plural.test(key) && plurals.has(key.replace(plural, ''));
const baseKeys = (strings: Map<string, unknown>) => new Set([...strings.keys()].map((k) => (isPlural(k) ? k.replace(plural, '') : k)));
const englishBase = baseKeys(english);

describe('locale files', () => {
	it('exist for exactly the supported languages, with the same feature files', () => {
		expect(readdirSync(dir).sort()).toEqual([...locales].sort());
		for (const lang of locales) expect(features(lang)).toEqual(features('en'));
	});

	it('never define one top-level section in two feature files (one would hide the other)', () => {
		const sections = features('en').flatMap((file) => Object.keys(loadFile('en', file)));
		expect(sections.filter((key, i) => sections.indexOf(key) !== i)).toEqual([]);
	});

	it('keep each key in the same feature file in every language', () => {
		for (const lang of locales) {
			for (const file of features('en')) {
				expect([...baseKeys(flatten(loadFile(lang, file)))].sort()).toEqual([...baseKeys(flatten(loadFile('en', file)))].sort());
			}
		}
	});

	describe.each(locales)('%s', (lang) => {
		const strings = flatten(load(lang));

		const base = baseKeys(strings);

		it('has every key English has', () => {
			expect([...englishBase].filter((k) => !base.has(k))).toEqual([]);
		});

		it('has no key English lacks', () => {
			expect([...base].filter((k) => !englishBase.has(k))).toEqual([]);
		});

		it("has exactly the plural forms the language's grammar uses", () => {
			const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
			for (const key of plurals) {
				const forms = [...strings.keys()].filter((k) => isPlural(k) && k.replace(plural, '') === key).map((k) => k.match(plural)![1]);
				expect({ key, forms: forms.sort() }).toEqual({ key, forms: categories });
			}
		});

		it('has no empty or non-text values', () => {
			const bad = [...strings].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
			expect(bad.map(([k]) => k)).toEqual([]);
		});

		it('uses the same {{placeholders}} as English', () => {
			const mismatched = [...english]
				.filter(([key]) => strings.has(key) && !isPlural(key))
				.filter(([key, text]) => placeholders(text).join() !== placeholders(strings.get(key)).join())
				.map(([key]) => key);
			expect(mismatched).toEqual([]);
		});

		it('uses no placeholder in a plural form that English does not have', () => {
			const unknown = [...strings]
				.filter(([key]) => isPlural(key))
				.filter(([key, text]) => {
					const known = placeholders(english.get(key.replace(plural, '_other')));
					return placeholders(text).some((p) => !known.includes(p));
				})
				.map(([key]) => key);
			expect(unknown).toEqual([]);
		});
	});
});
