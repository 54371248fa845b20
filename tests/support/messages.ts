// The app's English strings, read from the locale files, for tests that check a message
// is a real, translated one (and find it on a page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../src/lib/i18n/locales');

/** Every string of nested locale messages, by its dotted key. */
export function leaves(value: unknown, prefix = ''): [string, string][] {
	if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
	return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

export function strings(lang: 'en' | 'cy' | 'ar') {
	const out = new Map<string, string>();
	for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
		for (const [key, text] of leaves(JSON.parse(readFileSync(join(dir, lang, file), 'utf8')))) out.set(key, text);
	}
	return out;
}

const english = strings('en');

/** The English text of a key (plural keys by their `_other` form); undefined when there is none. */
export const englishText = (key: string) => english.get(key) ?? english.get(`${key}_other`);

/** A message as a pattern: its {{placeholders}} match anything. */
export const messagePattern = (text: string) =>
	new RegExp(text.split(/\{\{[^}]+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
