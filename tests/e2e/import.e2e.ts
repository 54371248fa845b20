// Importing organisations with the keyboard only, with JavaScript: Tab to each control,
// Enter to act. axe on the upload, the preview and the waiting list, in English and Arabic.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { sql } from './db';
import { tabTo } from './keyboard';
import { appUrl, freshEmail, signIn } from './session';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const stamp = Date.now();
const name = `Zz Keyboard Importing Circle ${stamp}`;
let community: string;

test.beforeAll(async () => {
	[{ id: community }] = await sql<{ id: string }>(`insert into public.communities (slug, name, summary) values ($1, $2, 'A circle for this test.') returning id`, [
		`zz-keyboard-importing-${stamp}`,
		name
	]);
});

test.afterAll(async () => {
	await sql('delete from public.helpers where community_id = $1', [community]);
	await sql('delete from public.communities where id = $1', [community]);
});

async function asCoordinator(page: Page) {
	const email = freshEmail('import-keyboard');
	await signIn(page, email);
	const [{ id }] = await sql<{ id: string }>('select id from auth.users where email = $1', [email]);
	await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'coordinator')`, [community, id]);
}

const file = (rows: string[]) => ({ name: 'groups.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows.map((n) => profile(n)))) });
// Murmurations profiles (organizations_schema-v1.0.0), as another map publishes them.
const profile = (groupName: string) => ({
	linked_schemas: ['organizations_schema-v1.0.0'],
	name: groupName,
	description: 'We lend laptops and teach people to use them.',
	tags: ['digital-inclusion', 'lending-equipment'],
	full_address: '1 Park Row, Leeds, United Kingdom',
	primary_url: 'https://techshare.example',
	contact_details: { email: 'hi@techshare.example' }
});

for (const lang of ['en', 'ar'] as const) {
	test(`keyboard only (${lang}): upload Murmurations profiles, add them, confirm one`, async ({ page }) => {
		const words = {
			en: { file: 'File', check: 'Check the file', add: 'Add these organisations', confirm: 'Confirm', added: '2 organisations added. They wait for confirmation below.' },
			ar: { file: 'الملف', check: 'افحص الملف', add: 'أضف هذه المنظمات', confirm: 'أكّد', added: 'أُضيفت منظمتان. وهما بانتظار التأكيد أدناه.' }
		}[lang];
		await asCoordinator(page);
		if (lang === 'ar') await page.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
		await page.goto(`/organise/import?community=${community}`);
		await expectNoAxeViolations(page);
		const input = page.getByLabel(words.file);
		await tabTo(page, input);
		// The file dialog is the system's: a keyboard user picks the file there.
		await input.setInputFiles(file([`Leeds Share ${lang}`, `Leeds Lend ${lang}`]));
		await tabTo(page, page.getByRole('button', { name: words.check }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/organise\/import\/[0-9a-f-]{36}$/);
		await expect(page.getByText('Area: Leeds').or(page.getByText('المنطقة: Leeds')).first()).toBeVisible();
		await expectNoAxeViolations(page);
		await tabTo(page, page.getByRole('button', { name: words.add }));
		await page.keyboard.press('Enter');
		await expect(page.locator('#main').getByRole('status').first()).toHaveText(words.added);
		await expectNoAxeViolations(page);
		await tabTo(page, page.getByRole('button', { name: `${words.confirm} Leeds Share ${lang}` }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: `${words.confirm} Leeds Share ${lang}` })).toHaveCount(0);
		expect(await sql(`select paused, awaiting_confirmation from public.helpers where display_name = $1`, [`Leeds Share ${lang}`])).toEqual([{ paused: false, awaiting_confirmation: false }]);
		expect(await sql(`select paused, awaiting_confirmation from public.helpers where display_name = $1`, [`Leeds Lend ${lang}`])).toEqual([{ paused: true, awaiting_confirmation: true }]);
	});
}

test('an organiser who is not a coordinator is told who imports, and the organise page offers no import', async ({ page }) => {
	const email = freshEmail('import-organiser');
	await signIn(page, email);
	const [{ id }] = await sql<{ id: string }>('select id from auth.users where email = $1', [email]);
	await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'organiser')`, [community, id]);
	await page.goto('/organise');
	await expect(page.getByRole('link', { name: 'Import organisations from a file' })).toHaveCount(0);
	await page.goto('/organise/import');
	await expect(page.getByText('Only coordinators import organisations. Ask a coordinator of your community.')).toBeVisible();
	await expectNoAxeViolations(page);
});
