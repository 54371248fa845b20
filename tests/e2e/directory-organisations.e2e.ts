import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { appUrl, freshEmail, signIn } from './session';

const results = (page: Page) => page.getByRole('region', { name: /can help/ }).getByRole('article');

test.beforeEach(({ page }) => page.route('https://tile.openstreetmap.org/**', (route) => route.abort()));

test('a member lists an organisation: messages by the fields, a preview with its area on the map, then it is found', async ({ page }) => {
	test.slow(); // A whole listing's life: made, found, paused, removed.
	const name = `Knowle Tech Club ${Date.now()}`;
	await signIn(page, freshEmail('directory-organisation'), '/near-me/offer');
	await page.getByRole('link', { name: 'List an organisation' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('List an organisation');
	await expectNoAxeViolations(page);

	await page.getByLabel('Organisation name').fill(name);
	await page.getByLabel('Public address').fill('x'.repeat(200) + ' too long');
	await page.getByRole('checkbox', { name: 'In person' }).check();
	await page.getByRole('button', { name: 'Save the organisation' }).click();
	await expect(page.getByRole('alert')).toContainText('Some answers need a look');
	await expect(page.getByLabel('What your organisation can help with')).toHaveAccessibleDescription(/Please write a little more/);
	await expect(page.getByLabel('Postcode or area')).toHaveAccessibleDescription(/To meet in person, please tell us your area/);
	await expect(page.getByLabel('Organisation name')).toHaveValue(name);
	await expectNoAxeViolations(page);

	await page.getByLabel('Public address').fill('Filwood Broadway, Bristol');
	await page.getByLabel('What your organisation can help with').fill('Free computer club for all ages, with tea and biscuits.');
	await page.getByRole('checkbox', { name: 'Getting online' }).check();
	await page.getByRole('group', { name: 'Languages you can help in' }).getByRole('checkbox', { name: 'English' }).check();
	await page.getByLabel('Postcode or area').fill('Bristol');
	await page.getByLabel('A web page', { exact: true }).check();
	await page.getByLabel("Your organisation's email, phone number or web page").fill('https://example.org/knowle');
	await page.getByRole('button', { name: 'Save the organisation' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	const preview = page.getByRole('region', { name: 'What others see' });
	await expect(preview.getByRole('heading', { name })).toBeVisible();
	// Placed by a town, not a full postcode: shown roughly, like a person.
	await expect(preview).toContainText('somewhere around Bristol');
	await preview.getByRole('button', { name: 'Show on a map' }).click();
	await expect(page.getByRole('button', { name })).toBeVisible();
	await expect(page.locator('path.leaflet-interactive, .leaflet-overlay-pane path')).not.toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.goto(`/near-me?near=Bristol&within=25&q=${encodeURIComponent(name)}`);
	await expect(results(page).filter({ hasText: name })).toContainText('Organisation');
	await results(page).getByRole('link', { name }).click();
	await expect(page.getByText('Filwood Broadway, Bristol')).toBeVisible();

	await page.goto('/near-me/offer');
	await page.getByRole('link', { name }).click();
	await page.getByRole('button', { name: 'Pause this listing' }).click();
	await expect(page.getByText('This listing is paused.')).toBeVisible();
	await page.goto(`/near-me?q=${encodeURIComponent(name)}`);
	await expect(results(page).filter({ hasText: name })).toHaveCount(0);

	await page.goto('/near-me/offer');
	await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText('paused');
	await page.getByRole('link', { name }).click();
	await page.getByText('Remove this listing', { exact: true }).click();
	await page.getByRole('button', { name: 'Remove for good' }).click();
	await expect(page.getByLabel('I understand this cannot be undone')).toHaveAccessibleDescription(/Please tick the box/);
	await page.getByLabel('I understand this cannot be undone').check();
	await page.getByRole('button', { name: 'Remove for good' }).click();
	await expect(page).toHaveURL(/\/near-me\/offer\?removed/);
	await expect(page.getByRole('status').filter({ hasText: "The organisation's listing is removed." })).toBeVisible();
	await expect(page.getByRole('link', { name })).toHaveCount(0);
});

test("another member cannot open someone's organisation to change it", async ({ page, browser }) => {
	const owner = await browser.newPage();
	await signIn(owner, freshEmail('directory-organisation-owner'), '/near-me/offer/organisation');
	await owner.getByLabel('Organisation name').fill('Owned Group');
	await owner.getByLabel('What your organisation can help with').fill('We help with phones, online, on Sundays.');
	await owner.getByRole('checkbox', { name: 'Online', exact: true }).check();
	await owner.getByRole('group', { name: 'Languages you can help in' }).getByRole('checkbox', { name: 'English' }).check();
	await owner.getByLabel('Email', { exact: true }).check();
	await owner.getByLabel("Your organisation's email, phone number or web page").fill('group@example.org');
	await owner.getByRole('button', { name: 'Save the organisation' }).click();
	await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Owned Group');
	const path = new URL(owner.url()).pathname;
	await owner.close();

	await signIn(page, freshEmail('directory-organisation-other'), '/near-me/offer');
	const response = await page.goto(path);
	expect(response?.status()).toBe(404);
	const post = await page.request.post(`${appUrl}${path}?/remove`, {
		form: { confirm: 'yes' },
		headers: { origin: appUrl, 'x-sveltekit-action': 'true' }
	});
	expect(post.status()).toBe(404);
});

test('a person removes their own listing, after saying so', async ({ page }) => {
	await signIn(page, freshEmail('directory-remove'), '/near-me/offer');
	await page.getByLabel('Your name').fill('Short Stay');
	await page.getByLabel('What you can help with').fill('Setting up video calls, online only.');
	await page.getByRole('checkbox', { name: 'Online', exact: true }).check();
	await page.getByRole('group', { name: 'Languages you speak' }).getByRole('checkbox', { name: 'English' }).check();
	await page.getByLabel('Email', { exact: true }).check();
	await page.getByLabel('Your email, phone number or web page').fill('short@example.org');
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByText('Remove my listing', { exact: true }).click();
	await page.getByLabel('I understand this cannot be undone').check();
	await page.getByRole('button', { name: 'Remove for good' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your listing is removed.' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'What others see' })).toHaveCount(0);
	await page.goto('/near-me?q=Short+Stay');
	await expect(results(page)).toHaveCount(0);
});

test('the organisation pages have no axe violations in Arabic', async ({ page, context }) => {
	await signIn(page, freshEmail('directory-organisation-ar'), '/near-me/offer');
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.goto('/near-me/offer/organisation');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.getByRole('button', { name: 'احفظ المؤسسة' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoAxeViolations(page);

	// Its own page: saved with the preview and its map, paused, and a removal not yet confirmed.
	await page.locator('[name="display_name"]').fill(`Nadi Tech ${Date.now()}`);
	await page.locator('[name="summary"]').fill('Free computer club for all ages, with tea and biscuits.');
	await page.locator('input[name="language"][value="ar"]').check();
	await page.locator('input[name="mode"][value="online"]').check();
	await page.locator('input[name="contact_channel"][value="link"]').check();
	await page.locator('[name="contact_value"]').fill('https://example.org/nadi');
	await page.getByRole('button', { name: 'احفظ المؤسسة' }).click();
	await expect(page).toHaveURL(/\/near-me\/offer\/organisation\/[0-9a-f-]{36}/);
	await expect(page.getByRole('region', { name: 'ما يراه الآخرون' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.locator('form[action="?/pause"] button').click();
	await expect(page.locator('input[name="paused"]')).toHaveValue('false');
	await page.locator('details summary').click();
	await page.locator('form[action="?/remove"] button').click();
	await expect(page.locator('#remove-error')).toBeVisible();
	await expectNoAxeViolations(page);
});
