// The browser's small translator must give exactly what i18next gives on the server, or a
// page would change its words as it hydrates. i18next itself is the oracle, for every string
// of every locale, with every value the string names, and counts for every plural form.
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/i18n/locales';
import { createTranslator } from '$lib/i18n/translator.browser';
import { createTranslator as createI18next, type Messages } from '$lib/i18n/translator';
import type { TFunction } from 'i18next';
import { messages, translatorFor } from '$lib/server/i18n';
import { leaves } from '../support/messages.ts';

/** Typed translators check keys against the English strings; these tests also ask for missing ones. */
const plain = (t: TFunction) => t as unknown as (key: string, values?: Record<string, unknown>) => string;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const counts = [0, 1, 2, 3, 5, 11, 19, 100, 101, 1.5];

for (const lang of locales) {
	describe(`${lang}: the browser's translator`, () => {
		const i18next = plain(translatorFor(lang));
		const small = plain(createTranslator(lang, messages[lang]));
		const strings = leaves(messages[lang]);
		const keys = new Map<string, Set<string>>();
		for (const [key, text] of strings) {
			const base = key.replace(pluralSuffix, '');
			const names = keys.get(base) ?? new Set();
			for (const [, name] of text.matchAll(/\{\{(.+?)\}\}/g)) names.add(name.trim());
			keys.set(base, names);
		}
		const plural = (base: string) => strings.some(([key]) => key === `${base}_other`);

		it('gives every string as i18next does, with its values filled in', () => {
			expect(keys.size).toBeGreaterThan(300);
			for (const [key, names] of keys) {
				const values = Object.fromEntries([...names].map((name) => [name, `‹${name}›`]));
				if (plural(key)) {
					for (const count of counts) expect(small(key, { ...values, count }), `${key}, count ${count}`).toBe(i18next(key, { ...values, count }));
				} else {
					expect(small(key, values), key).toBe(i18next(key, values));
					expect(small(key), `${key} without values`).toBe(i18next(key));
				}
			}
		});

		it('leaves values as given: numbers, empty ones, and text that looks like a placeholder', () => {
			const [key] = [...keys].find(([k, names]) => names.size && !plural(k))!;
			const [name] = keys.get(key)!;
			for (const value of [42, 0, '', null, undefined, '{{count}}', '$t(app.name)', 'a < b & c']) {
				expect(small(key, { [name]: value, count: 3 }), `${key} with ${String(value)}`).toBe(i18next(key, { [name]: value, count: 3 }));
			}
		});

		it('answers a missing key with the key, as i18next does', () => {
			for (const key of ['no.such.key', 'app.name.deeper', 'events.card.nothing']) {
				expect(small(key)).toBe(i18next(key));
				expect(small(key, { count: 2 })).toBe(i18next(key, { count: 2 }));
			}
		});
	});
}

it('uses a `_zero` form for a count of 0 even where the language has none, as i18next does', () => {
	const strings = { found_zero: 'Nobody yet', found_one: 'One person', found_other: '{{count}} people' } as unknown as Messages;
	const i18next = plain(createI18next('en', strings));
	const small = plain(createTranslator('en', strings));
	for (const count of [0, 1, 2]) expect(small('found', { count })).toBe(i18next('found', { count }));
	expect(small('found', { count: 0 })).toBe('Nobody yet');
});
