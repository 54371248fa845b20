import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportTables } from '$lib/profile/export';
import { checkProfile, notificationsFromForm, readNotifications, readProfileForm, splitLanguages } from '$lib/profile/forms';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

describe('profile form', () => {
	it('trims, splits languages, keeps known topics', () => {
		const typed = readProfileForm(
			form([
				['display_name', '  Nia '],
				['pronouns', 'she/her'],
				['bio', ''],
				['languages', 'English, Cymraeg,, English'],
				['topic', 'web'],
				['topic', 'nope'],
				['area', 'BS5']
			])
		);
		expect(checkProfile(typed)).toEqual({
			ok: true,
			value: { display_name: 'Nia', pronouns: 'she/her', bio: '', languages: ['English', 'Cymraeg'], topics: ['web'] }
		});
	});

	it('says what is wrong, by field, as translation keys', () => {
		const typed = readProfileForm(form([['display_name', ' '], ['pronouns', 'x'.repeat(41)], ['bio', 'x'.repeat(2001)]]));
		expect(checkProfile(typed)).toEqual({
			ok: false,
			errors: { display_name: 'profile.errors.nameMissing', pronouns: 'profile.errors.pronounsTooLong', bio: 'profile.errors.bioTooLong' }
		});
		expect(checkProfile({ ...typed, display_name: 'A', pronouns: '', bio: '', languages: 'x'.repeat(41) })).toEqual({
			ok: false,
			errors: { languages: 'profile.errors.languagesTooLong' }
		});
	});

	it('splits languages on Arabic commas too', () => {
		expect(splitLanguages('العربية، English')).toEqual(['العربية', 'English']);
	});
});

describe('notification choices', () => {
	it('are booleans, off unless ticked or saved as true', () => {
		expect(readNotifications({ eventReminders: true, newsletter: 'yes', other: true })).toEqual({
			eventReminders: true,
			eventChanges: false,
			newsletter: false
		});
		expect(notificationsFromForm(form([['notification', 'eventChanges']]))).toEqual({ eventReminders: false, eventChanges: true, newsletter: false });
	});
});

describe('download my data', () => {
	it('covers every column in the migrations that points at a person', () => {
		const dir = join(import.meta.dirname, '../../supabase/migrations');
		const sql = readdirSync(dir)
			.filter((f) => f.endsWith('.sql'))
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.join('\n');
		const found: { table: string; column: string }[] = [];
		for (const table of sql.matchAll(/create table public\.(\w+) \(([\s\S]*?)\n\);/g)) {
			for (const column of table[2].matchAll(/^\s*(\w+) uuid[^\n]*references auth\.users/gm)) {
				found.push({ table: table[1], column: column[1] });
			}
		}
		expect(found.length).toBeGreaterThan(0);
		const key = (t: { table: string; column: string }) => `${t.table}.${t.column}`;
		expect(exportTables.map(key).sort()).toEqual(found.map(key).sort());
	});

	it('names the file by day', () => {
		expect(exportFileName(new Date('2027-03-04T10:00:00Z'))).toBe('hearth-my-data-2027-03-04.json');
	});
});
