// A coordinator imports organisations from a CSV file, in a browser without JavaScript:
// upload, the preview with each row's problems and a likely duplicate, adding, then
// confirming one so it shows in the directory. In English and in Arabic, axe on every page.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsAsServed } from './axe';
import { sql } from './db';
import { appUrl, freshEmail, signIn } from './session';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const stamp = Date.now();
const name = `Zz Importing Circle ${stamp}`;
let community: string;

const csv = (rows: string[]) => Buffer.from(['name,summary,topics,area,email,website', ...rows].join('\n'));
const file = (rows: string[]) => ({ name: 'groups.csv', mimeType: 'text/csv', buffer: csv(rows) });

test.beforeAll(async () => {
	[{ id: community }] = await sql<{ id: string }>(`insert into public.communities (slug, name, summary) values ($1, $2, 'A circle for this test.') returning id`, [
		`zz-importing-${stamp}`,
		name
	]);
	// Already listed in the community by someone: the file's row for it is a likely duplicate.
	const [{ id: owner }] = await sql<{ id: string }>(`insert into auth.users (email) values ($1) returning id`, [freshEmail('import-owner')]);
	await sql(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes, languages, area, latitude, longitude)
		 values ($1, 'organisation', $2, 'Easton Digital Hub', 'Drop-in help with phones and forms.', '{in_person}', '{en}', 'Bristol', 51.4545, -2.5879)`,
		[owner, community]
	);
});

// The other browser tests count the seed's communities.
test.afterAll(async () => {
	await sql('delete from public.helpers where community_id = $1', [community]);
	await sql('delete from public.communities where id = $1', [community]);
});

async function coordinatorPage(page: Page) {
	const email = freshEmail('import-coordinator');
	await signIn(page, email);
	const [{ id }] = await sql<{ id: string }>('select id from auth.users where email = $1', [email]);
	await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'coordinator')`, [community, id]);
	return id;
}

test('a coordinator checks a file, sees every row in plain words, adds the good ones and confirms one', async ({ page }) => {
	const coordinator = await coordinatorPage(page);
	await page.goto('/organise');
	await page.getByRole('region', { name }).getByRole('link', { name: 'Import organisations from a file' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import organisations' })).toBeVisible();
	await expectNoAxeViolationsAsServed(page);

	await page.getByLabel('File').setInputFiles(
		file([
			'Leeds Tech Share,We lend laptops to people who need them.,Getting online; knitting,Leeds,hi@techshare.example,',
			'Nowhere Club,We help people online every week.,,Narnia,club@example.org,',
			'Easton Digital Hub,Drop-in help with phones and forms.,,Bristol,hub@example.org,',
			'Short,Hi,,,short@example.org,',
			'Online Only Circle,We answer questions about phones online.,,,,https://circle.example'
		])
	);
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Check before adding' })).toBeVisible();
	const summary = page.getByRole('region', { name: 'What would happen' });
	await expect(summary.getByText('5 rows')).toBeVisible();
	await expect(summary.getByText('2 organisations ready to add')).toBeVisible();
	await expect(summary.getByText('2 rows with problems: they will not be added')).toBeVisible();
	await expect(summary.getByText('1 likely already listed')).toBeVisible();
	const row = (line: number) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^Row ${line}:`) }) });
	await expect(row(2).getByText('Area: Leeds')).toBeVisible();
	await expect(row(2).getByText('Not one of our topics, so left out: knitting.')).toBeVisible();
	await expect(row(3).getByText('We could not place "Narnia": give a town, a postcode or a postcode area.')).toBeVisible();
	await expect(row(4).getByText('Likely already listed as Easton Digital Hub (Bristol).')).toBeVisible();
	await expect(row(5).getByText('The summary is missing or too short (10 letters at least).')).toBeVisible();
	await expect(row(6).getByText('No area: online or by phone')).toBeVisible();
	// Nothing is written yet.
	expect(await sql(`select 1 from public.helpers where display_name = 'Leeds Tech Share'`)).toEqual([]);
	await expectNoAxeViolationsAsServed(page);

	// The rows with problems, to fix: a CSV in the coordinator's words.
	const download = await page.request.get(new URL('problems.csv', page.url() + '/').pathname);
	expect(await download.text()).toContain('3,Nowhere Club,"We could not place ""Narnia""');

	await page.getByRole('button', { name: 'Add these organisations' }).click();
	await expect(page.locator('#main').getByRole('status').first()).toHaveText('2 organisations added. They wait for confirmation below.');
	const waiting = page.getByRole('region', { name: 'Waiting for confirmation' });
	await expect(waiting.getByText('2 waiting')).toBeVisible();
	const added = await sql<{ display_name: string; paused: boolean; awaiting_confirmation: boolean; user_id: string }>(
		`select display_name, paused, awaiting_confirmation, user_id from public.helpers where community_id = $1 and imported_at is not null order by display_name`,
		[community]
	);
	expect(added).toEqual(['Leeds Tech Share', 'Online Only Circle'].map((display_name) => ({ display_name, paused: true, awaiting_confirmation: true, user_id: coordinator })));
	await expectNoAxeViolationsAsServed(page);

	// Not in the directory until confirmed.
	const [{ id: leeds }] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Leeds Tech Share' and community_id = $1`, [community]);
	const visitor = await page.context().browser()!.newContext({ baseURL: appUrl, javaScriptEnabled: false });
	const anyone = await visitor.newPage();
	expect((await anyone.request.get(`/near-me/${leeds}`)).status()).toBe(404);
	await waiting.getByRole('button', { name: 'Confirm Leeds Tech Share' }).click();
	await expect(page.locator('#main').getByRole('status').first()).toHaveText('Confirmed. It is now shown in the directory.');
	await expect(page.getByRole('region', { name: 'Waiting for confirmation' }).getByText('1 waiting')).toBeVisible();
	await anyone.goto(`/near-me/${leeds}`);
	await expect(anyone.getByRole('heading', { level: 1, name: 'Leeds Tech Share' })).toBeVisible();
	await visitor.close();

	// Its owner (the coordinator who imported it) confirms the other by showing it.
	await page.getByRole('link', { name: 'Check or change Online Only Circle' }).click();
	await expect(page.getByText('Imported from a file and waiting for confirmation: nobody else sees it yet.', { exact: false })).toBeVisible();
	await expectNoAxeViolationsAsServed(page);
	await page.getByRole('button', { name: 'Show this listing again' }).click();
	await expect(page.getByText('Imported from a file and waiting for confirmation', { exact: false })).toHaveCount(0);
	expect(await sql(`select paused, awaiting_confirmation from public.helpers where display_name = 'Online Only Circle' and community_id = $1`, [community])).toEqual([
		{ paused: false, awaiting_confirmation: false }
	]);
});

test('a long file is read a page at a time; cancelling adds nothing', async ({ page }) => {
	await coordinatorPage(page);
	await page.goto(`/organise/import?community=${community}`);
	await page.getByLabel('File').setInputFiles(file(Array.from({ length: 60 }, (_, i) => `Paged Group ${i},We help people online every week.,,,paged${i}@example.org,`)));
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByText('Page 1 of 2')).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Row 51:/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Row 52:/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'More rows' }).click();
	await expect(page.getByText('Page 2 of 2')).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Row 61:/ })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel this import' }).click();
	await expect(page.locator('#main').getByRole('status').first()).toHaveText('The import is cancelled. Nothing was added.');
	expect(await sql(`select 1 from public.helpers where display_name like 'Paged Group %'`)).toEqual([]);
});

test('in Arabic, right to left: the upload, the preview and the waiting list', async ({ page }) => {
	await coordinatorPage(page);
	await page.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.goto(`/organise/import?community=${community}`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: 'استيراد منظمات' })).toBeVisible();
	await expectNoAxeViolationsAsServed(page);
	await page.getByLabel('الملف').setInputFiles(file(['مركز الحي,نساعد الناس على استخدام الإنترنت كل أسبوع.,,Cardiff,hi@centre.example,', 'Bad Mail,We help people online every week.,,,not-an-email,']));
	await page.getByRole('button', { name: 'افحص الملف' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'افحص قبل الإضافة' })).toBeVisible();
	await expect(page.getByText('"not-an-email" لا يبدو عنوان بريد إلكتروني.')).toBeVisible();
	await expectNoAxeViolationsAsServed(page);
	await page.getByRole('button', { name: 'أضف هذه المنظمات' }).click();
	await expect(page.locator('#main').getByRole('status').first()).toHaveText('أُضيفت منظمة واحدة. وهي بانتظار التأكيد أدناه.');
	await expectNoAxeViolationsAsServed(page);
});

test('signed out, the import pages ask to sign in first', async ({ page }) => {
	await page.goto('/organise/import');
	await expect(page).toHaveURL(/\/signin\?next=%2Forganise%2Fimport/);
	await expectNoAxeViolationsAsServed(page);
});
