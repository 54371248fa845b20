import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { sql } from './db';
import { signInByKeyboard, tabTo } from './keyboard';
import { appUrl, freshEmail, signIn } from './session';

const save = (page: Page) => page.getByRole('button', { name: 'Save and go on' });
const skip = (page: Page) => page.getByRole('button', { name: 'Skip this step' });

test('a newcomer goes through every step with the keyboard only', async ({ page }) => {
	await signInByKeyboard(page, freshEmail('welcome-keys'), '/welcome');
	await expect(page).toHaveURL(/\/welcome\/community$/);
	await expect(page.getByText('Step 1 of 5')).toBeVisible();
	await expectNoAxeViolations(page);

	await tabTo(page, page.getByRole('radio', { name: 'Join Bristol Community Tech' }));
	await page.keyboard.press('Space');
	await tabTo(page, save(page));
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/welcome\/charter$/);
	await expect(page.getByText('We look after each other.', { exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
	await tabTo(page, page.getByRole('button', { name: 'I agree' }));
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/welcome\/interests$/);
	await expectNoAxeViolations(page);
	await tabTo(page, page.getByRole('group', { name: 'I am interested in' }).getByLabel('Websites'));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('group', { name: 'I could help others with' }).getByLabel('Teaching and training'));
	await page.keyboard.press('Space');
	await tabTo(page, save(page));
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/welcome\/access$/);
	await expect(page.getByText('Only you can see this.')).toBeVisible();
	await expectNoAxeViolations(page);
	await tabTo(page, page.getByLabel('Step-free way in'));
	await page.keyboard.press('Space');
	await tabTo(page, save(page));
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/welcome\/area$/);
	await expectNoAxeViolations(page);
	await tabTo(page, page.getByLabel(/Your town or area/));
	await page.keyboard.type('Bristol');
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/welcome\/done$/);
	await expect(page.getByRole('heading', { name: 'You are all set' })).toBeVisible();
	const suggested = page.getByRole('region', { name: 'Events you might like' }).getByRole('listitem');
	await expect(suggested.first()).toBeVisible();
	expect(await suggested.count()).toBeLessThanOrEqual(3);
	await expect(page.getByRole('link', { name: 'Find people near me' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Offer help' })).toBeVisible();
	await expectNoAxeViolations(page);

	// What they said is on their Me pages.
	await page.goto('/me/profile');
	const preview = page.getByRole('region', { name: 'What other members see' });
	await expect(preview.getByText('Websites')).toBeVisible();
	await expect(preview.getByText('Bristol')).toBeVisible();
	await page.goto('/me/settings');
	await expect(page.getByLabel('Step-free way in')).toBeChecked();
	await page.goto('/welcome/charter');
	await expect(page.getByText('You have agreed to this charter. Thank you.')).toBeVisible();
	await page.goto('/welcome/community');
	await expect(page.getByText('You are already a member.')).toBeVisible();
});

test('closing midway and coming back carries on at the next step', async ({ page, context }) => {
	await signIn(page, freshEmail('welcome-resume'), '/welcome/community');
	await page.getByRole('radio', { name: 'Join Bristol Community Tech' }).check();
	await save(page).click();
	await page.getByRole('button', { name: 'I agree' }).click();
	await expect(page).toHaveURL(/\/welcome\/interests$/);
	await page.close();

	const again = await context.newPage();
	await again.goto('/me');
	await expect(again.getByText('You have not finished the welcome steps yet.')).toBeVisible();
	await again.getByRole('link', { name: 'Carry on' }).click();
	await expect(again).toHaveURL(/\/welcome\/interests$/);
	await expect(again.getByText('Step 3 of 5')).toBeVisible();
});

test('every step can be skipped', async ({ page }) => {
	await signIn(page, freshEmail('welcome-skip'), '/welcome/community');
	for (const path of ['charter', 'interests', 'access', 'area', 'done']) {
		await skip(page).click();
		await expect(page).toHaveURL(new RegExp(`/welcome/${path}$`));
	}
	await page.goto('/welcome');
	await expect(page).toHaveURL(/\/welcome\/done$/);
	await page.goto('/me');
	await expect(page.getByText('You have not finished the welcome steps yet.')).toHaveCount(0);
});

test('answers given before signing in are offered after it, and kept when added', async ({ page }) => {
	await page.goto('/welcome');
	await expect(page).toHaveURL(/\/welcome\/community$/);
	await expect(page.getByText('You are not signed in.')).toBeVisible();
	await page.getByRole('radio', { name: 'Join Bristol Community Tech' }).check();
	await save(page).click();
	await expect(page.getByRole('link', { name: 'Sign in to agree' })).toBeVisible();
	await skip(page).click();
	await page.getByRole('group', { name: 'I am interested in' }).getByLabel('Open data').check();
	await save(page).click();
	await page.getByLabel('Live captions').check();
	await save(page).click();
	await page.getByLabel(/Your town or area/).fill('BS5 6HG');
	await save(page).click();
	await expect(page).toHaveURL(/\/welcome\/done$/);

	await signIn(page, freshEmail('welcome-guest'), '/welcome/done');
	await page.getByRole('region', { name: 'Answers from before you signed in' }).getByRole('button', { name: 'Add them to my account' }).click();
	await expect(page.getByText('Added to your account.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sign in to save' })).toHaveCount(0);
	await page.goto('/me/profile');
	const preview = page.getByRole('region', { name: 'What other members see' });
	await expect(preview.getByText('Open data')).toBeVisible();
	await expect(preview.getByText('BS5')).toBeVisible();
	await page.goto('/me/settings');
	await expect(page.getByLabel('Live captions')).toBeChecked();
	await page.goto('/welcome/community');
	await expect(page.getByText('You are already a member.')).toBeVisible();
});

test('download my data has every table’s rows about me', async ({ page }) => {
	const email = freshEmail('welcome-export');
	await signIn(page, email, '/welcome/community');
	await page.getByRole('radio', { name: 'Join Bristol Community Tech' }).check();
	await save(page).click();
	const [{ id }] = await sql<{ id: string }>('select id from auth.users where email = $1', [email]);
	// Rows only organisers make, and an RSVP, set up directly.
	const [venue] = await sql<{ id: string }>(
		`insert into public.venues (community_id, name, address, postcode, town, created_by)
		 values ('11111111-1111-4111-8111-111111111111', 'Export Hall', '1 Road', 'BS1 1AA', 'Bristol', $1) returning id`,
		[id]
	);
	const [event] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, status, created_by)
		 values ('11111111-1111-4111-8111-111111111111', $1, 'Export test', 'x', now() + interval '5 days', now() + interval '5 days 1 hour', 'published', $2)
		 returning id`,
		[venue.id, id]
	);
	await sql(`insert into public.rsvps (event_id, user_id, status) values ($1, $2, 'maybe')`, [event.id, id]);

	await page.goto('/me');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download my data' }).click();
	const data = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(data.account).toMatchObject({ id, email });
	for (const table of ['profiles', 'member_private', 'community_members', 'rsvps', 'events', 'venues']) {
		expect({ table, rows: data.tables[table].length }).toEqual({ table, rows: 1 });
	}
	expect(data.tables.rsvps[0]).toMatchObject({ event_id: event.id, user_id: id });

	const response = await page.request.get(`${appUrl}/me/export`);
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="hearth-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
	expect(response.headers()['cache-control']).toBe('private, no-store');
});

test('deleting my account, then the same email starts afresh', async ({ page }) => {
	const email = freshEmail('welcome-delete');
	await signIn(page, email, '/me/profile');
	await page.getByLabel('Name', { exact: true }).fill('Soon Gone');
	await page.getByRole('button', { name: 'Save my profile' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();

	await page.goto('/me');
	await page.getByRole('link', { name: 'Delete my account' }).click();
	await expectNoAxeViolations(page);
	const confirm = page.getByLabel('Type your email address to confirm');
	await confirm.fill('someone-else@example.org');
	await page.getByRole('button', { name: 'Delete my account for good' }).click();
	await expect(page.getByText('That is not the email address you signed in with.')).toBeVisible();
	await expect(confirm).toHaveValue('someone-else@example.org');
	await confirm.fill(email);
	await page.getByRole('button', { name: 'Delete my account for good' }).click();
	await expect(page).toHaveURL(/\/goodbye$/);
	await expect(page.getByRole('heading', { name: 'Your account is deleted' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.goto('/me');
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

	await signIn(page, email, '/me/profile');
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
	await expect(page.getByRole('region', { name: 'What other members see' }).getByText('No name yet')).toBeVisible();
});

for (const lang of ['en', 'ar'] as const) {
	test(`axe finds nothing on the welcome steps and Me pages (${lang})`, async ({ page, context }) => {
		await context.addCookies([{ name: 'lang', value: lang, url: appUrl }]);
		for (const path of ['/welcome/community', '/welcome/charter', '/welcome/interests', '/welcome/access', '/welcome/area', '/welcome/done']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expectNoAxeViolations(page);
		}
		await signIn(page, freshEmail(`welcome-axe-${lang}`), '/me');
		for (const path of ['/me', '/me/profile', '/me/settings', '/me/delete', '/welcome/charter', '/welcome/done']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
			await expectNoAxeViolations(page);
		}
	});
}
