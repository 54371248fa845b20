import { describe, expect, it } from 'vitest';
import type { Lookup } from '$lib/directory/offer';
import { checkRow, checkRows, chosenRows, looksLikeFormula, summarise } from '$lib/import/check';
import { markDuplicates, sameName } from '$lib/import/duplicates';
import { readableSize } from '$lib/import/forms';
import { areaInAddress, maxRows, readFile } from '$lib/import/read';
import { toCsv } from '$lib/csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const places: Record<string, { latitude: number; longitude: number; precision: 'town' | 'postcode_area' }> = {
	bristol: { latitude: 51.4545, longitude: -2.5879, precision: 'town' },
	bs5: { latitude: 51.4552, longitude: -2.5966, precision: 'postcode_area' },
	manchester: { latitude: 53.4808, longitude: -2.2426, precision: 'town' }
};
const find: Lookup = (text) => {
	const place = places[text.trim().toLowerCase()];
	return place ? { found: { name: text.trim(), ...place } } : { found: null, suggestions: [] };
};

const csv = `name,summary,topics,area,email,website,phone
Easton Digital Hub,Drop-in help with phones and forms.,Getting online; older-people; knitting,Bristol,hello@easton.example,,
No Summary Group,,,,hi@x.example,,
Nowhere Club,We help people online every week.,,Narnia,club@example.org,,
Plain Link,We help people online every week.,,,,http://plain.example,
"=HYPERLINK(""https://evil.example"",""Click"")",We help people online every week.,,,+cmd@example.org,,
`;

describe('reading a file', () => {
	it('reads a CSV by its headings, whatever their case and spacing, lists split on semicolons', () => {
		const read = readFile(bytes(csv));
		expect(read.ok && read.format).toBe('csv');
		if (!read.ok) return;
		expect(read.rows).toHaveLength(5);
		expect(read.rows[0]).toMatchObject({ line: 2, name: 'Easton Digital Hub', topics: ['Getting online', 'older-people', 'knitting'], area: 'Bristol', email: 'hello@easton.example' });
		expect(read.rows[4].name).toBe('=HYPERLINK("https://evil.example","Click")');
	});

	it('says plainly why a file cannot be read', () => {
		expect(readFile(bytes(''))).toEqual({ ok: false, problem: 'empty' });
		expect(readFile(bytes('name\n'))).toEqual({ ok: false, problem: 'empty' });
		expect(readFile(bytes('title,where\nA,B\n'))).toEqual({ ok: false, problem: 'noNameColumn' });
		expect(readFile(bytes('{"name": '))).toEqual({ ok: false, problem: 'badJson' });
		expect(readFile(bytes('{"hello": "world"}'))).toEqual({ ok: false, problem: 'unknownJson' });
		expect(readFile(bytes('[1, 2]'))).toEqual({ ok: false, problem: 'unknownJson' });
		expect(readFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, problem: 'notText' });
	});

	it(`refuses more than ${maxRows} rows, reading no more than one past the limit`, () => {
		const many = 'name\n' + Array.from({ length: 10_000 }, (_, i) => `Group ${i}`).join('\n');
		expect(readFile(bytes(many))).toEqual({ ok: false, problem: 'tooManyRows' });
		const json = JSON.stringify(Array.from({ length: maxRows + 1 }, (_, i) => ({ linked_schemas: ['organizations_schema-v1.0.0'], name: `G${i}` })));
		expect(readFile(bytes(json))).toMatchObject({ ok: false, problem: 'tooManyRows' });
		expect(readFile(bytes('name\n' + Array.from({ length: maxRows }, (_, i) => `Group ${i}`).join('\n'))).ok).toBe(true);
	});

	it('keeps bytes that are not UTF-8 as U+FFFD and says so, never failing', () => {
		const broken = new Uint8Array([...bytes('name,summary\nCaf'), 0xe9, ...bytes(' Bristol,We help people online.\n'), 0xff, 0xfe, ...bytes(',x\n')]);
		const read = readFile(broken);
		expect(read.ok && read.unreadable).toBe(true);
		if (read.ok) expect(read.rows[0].name).toBe('Caf\ufffd Bristol');
	});

	it('reads a Murmurations profile, a list of them, or the index answer', () => {
		const profile = {
			linked_schemas: ['organizations_schema-v1.0.0'],
			name: 'Leeds Tech Share',
			description: 'We lend laptops to people who need them.',
			tags: ['digital-inclusion', 'lending-equipment', 'circular economy'],
			full_address: '1 Park Row, Leeds, LS1 5HN, United Kingdom',
			primary_url: 'https://techshare.example',
			contact_details: { email: 'hi@techshare.example' }
		};
		for (const document of [profile, [profile], { data: [profile] }]) {
			const read = readFile(bytes(JSON.stringify(document)));
			expect(read.ok && read.format).toBe('murmurations');
			if (read.ok) expect(read.rows[0]).toMatchObject({ line: 1, name: 'Leeds Tech Share', area: 'LS1 5HN', email: 'hi@techshare.example', website: 'https://techshare.example' });
		}
	});

	it('sorts Murmurations tags into topics and skills; only a tag that is neither is left out, once', async () => {
		const read = readFile(bytes(JSON.stringify({ linked_schemas: ['organizations_schema-v1.0.0'], name: 'Tagged', description: 'We lend laptops to people.', tags: ['digital-inclusion', 'Lending devices', 'circular economy'], primary_url: 'https://t.example' })));
		if (!read.ok) throw new Error('unread');
		const [row] = await checkRows(read.rows, find);
		expect(row.listing).toMatchObject({ topics: ['digital-inclusion'], skills: ['lending-equipment'] });
		expect(row.notes).toEqual([{ key: 'unknownTopics', values: { values: 'circular economy' } }]);
	});

	it('reads HSDS organizations and services, with the first physical address', () => {
		const organisation = {
			id: 'a1',
			name: 'Cardiff Digital Help',
			description: 'Help with getting online in Cardiff.',
			email: 'help@cdh.example',
			website: 'https://cdh.example',
			locations: [{ id: 'l1', location_type: 'physical', addresses: [{ id: 'x', address_1: '2 Queen St', city: 'Cardiff', postal_code: 'CF10 2BU', country: 'GB', address_type: 'physical' }] }]
		};
		const service = { id: 's1', name: 'Phone help', status: 'active', description: 'We answer questions about phones.', organization: organisation, languages: [{ id: 'g', code: 'cy' }] };
		const read = readFile(bytes(JSON.stringify({ contents: [organisation, service] })));
		expect(read.ok && read.format).toBe('hsds');
		if (!read.ok) return;
		expect(read.rows[0]).toMatchObject({ name: 'Cardiff Digital Help', area: 'CF10 2BU', address: '2 Queen St, Cardiff, CF10 2BU', email: 'help@cdh.example' });
		expect(read.rows[1]).toMatchObject({ name: 'Cardiff Digital Help', summary: 'We answer questions about phones.', languages: ['cy'] });
	});

	it('finds the place in an address on one line', () => {
		expect(areaInAddress('1 Park Row, Leeds, ls1 5hn, UK')).toBe('LS1 5HN');
		expect(areaInAddress('The Hall, Easton, Bristol, United Kingdom')).toBe('Bristol');
		expect(areaInAddress('Bristol')).toBe('');
	});
});

describe('checking rows', () => {
	it('says what each row would become, and what stops it, in keys', async () => {
		const read = readFile(bytes(csv));
		if (!read.ok) throw new Error('unread');
		const [hub, noSummary, nowhere, plain, formula] = await checkRows(read.rows, find);
		expect(hub.listing).toMatchObject({ display_name: 'Easton Digital Hub', topics: ['digital-inclusion', 'older-people'], modes: ['in_person'], area: 'Bristol', languages: ['en'] });
		expect(hub.contact).toEqual({ channel: 'email', value: 'hello@easton.example' });
		expect(hub.notes).toEqual([{ key: 'unknownTopics', values: { values: 'knitting' } }]);
		expect(noSummary.listing).toBeNull();
		expect(noSummary.problems.map((p) => p.key)).toEqual(['summaryShort']);
		expect(nowhere.problems).toEqual([{ key: 'areaUnknown', values: { place: 'Narnia' } }]);
		expect(plain.problems).toEqual([{ key: 'linkInvalid', values: { value: 'http://plain.example' } }]);
		// A formula is kept as the text it is, and noted.
		expect(formula.listing?.display_name).toBe('=HYPERLINK("https://evil.example","Click")');
		expect(formula.notes.map((n) => n.key)).toContain('formula');
		expect(summarise([hub, noSummary, nowhere, plain, formula])).toEqual({ rows: 5, ready: 2, withProblems: 3, duplicates: 0 });
	});

	it('flags a row with unreadable characters, and never writes it', async () => {
		const row = await checkRow({ line: 2, name: 'Caf\ufffd', summary: 'We help people online.', topics: [], skills: [], languages: [], modes: [], availability: '', address: '', area: '', email: 'a@b.example', phone: '', website: '' }, find);
		expect(row.problems).toEqual([{ key: 'unreadable' }]);
		expect(row.listing).toBeNull();
	});

	it('places each distinct area once', async () => {
		let asked = 0;
		const counting: Lookup = (text) => (asked++, find(text));
		const row = { line: 2, name: 'Group', summary: 'We help people online.', topics: [], skills: [], languages: [], modes: [], availability: '', address: '', area: 'Bristol', email: 'a@b.example', phone: '', website: '' };
		await checkRows(Array.from({ length: 30 }, (_, i) => ({ ...row, line: i + 2, area: i % 2 ? 'bristol' : 'Bristol ' })), counting);
		expect(asked).toBe(1);
	});

	it('chooses only rows that can be written, duplicates only when asked', async () => {
		const read = readFile(bytes(csv));
		if (!read.ok) throw new Error('unread');
		const rows = await checkRows(read.rows, find);
		rows[4].duplicate = { name: 'x', area: '', line: 2 };
		expect(chosenRows(rows, false)).toEqual([0]);
		expect(chosenRows(rows, true)).toEqual([0, 4]);
	});
});

describe('likely duplicates', () => {
	const row = async (name: string, area: string) =>
		checkRow({ line: 0, name, summary: 'We help people online.', topics: [], skills: [], languages: [], modes: ['online'], availability: '', address: '', area, email: 'a@b.example', phone: '', website: '' }, find);

	it('matches names forgiving case, punctuation, "Ltd" and a typo, in the same place', async () => {
		expect(sameName('easton community centre', 'easton community center')).toBe(true);
		expect(sameName('hub', 'pub')).toBe(false);
		expect(sameName('digital group 10', 'digital group 11')).toBe(false);
		expect(sameName('group 1', 'group 2')).toBe(false);
		const rows = [await row('Easton Community Centre Ltd', 'Bristol'), await row('Easton Community Centre', 'Manchester'), await row('EASTON COMMUNITY CENTER', 'BS5')];
		rows.forEach((r, i) => (r.line = i + 2));
		markDuplicates(rows, [{ id: 'e1', display_name: 'Easton Community Centre', area: 'Bristol', latitude: null, longitude: null }]);
		expect(rows[0].duplicate).toEqual({ name: 'Easton Community Centre', area: 'Bristol', id: 'e1' });
		// Another city: another centre.
		expect(rows[1].duplicate).toBeNull();
		// BS5 is in Bristol, but named otherwise and the listing has no point: the earlier row in Bristol is within 2 km.
		expect(rows[2].duplicate).toEqual({ name: 'Easton Community Centre Ltd', area: 'Bristol', line: 2 });
	});
});

describe('likely duplicates in a long file', () => {
	it('numbered names are not duplicates of each other', async () => {
		const read = readFile(bytes(['name,summary,email', ...Array.from({ length: 1000 }, (_, i) => `Group ${i},We help people online.,g${i}@example.org`)].join('\n')));
		if (!read.ok) throw new Error('unread');
		const rows = markDuplicates(await checkRows(read.rows, find), []);
		expect(summarise(rows)).toEqual({ rows: 1000, ready: 1000, withProblems: 0, duplicates: 0 });
	});
});

describe('showing and downloading again', () => {
	it('a cell that starts like a formula is plain text in a CSV', () => {
		expect(looksLikeFormula('=HYPERLINK("x")')).toBe(true);
		expect(looksLikeFormula(' @SUM(A1)')).toBe(true);
		expect(looksLikeFormula('Easton')).toBe(false);
		expect(toCsv(['name'], [['=HYPERLINK("https://evil.example","Click")'], ['+cmd'], ['@SUM(A1:A9)'], ['-2+3']])).toBe(
			`name\r\n"'=HYPERLINK(""https://evil.example"",""Click"")"\r\n'+cmd\r\n'@SUM(A1:A9)\r\n'-2+3\r\n`
		);
	});

	it('sizes read as people read them', () => {
		expect(readableSize(50 * 1024 * 1024)).toBe('50 MB');
		expect(readableSize(600 * 1024)).toBe('600 KB');
	});
});
