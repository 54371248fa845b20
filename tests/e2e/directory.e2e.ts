import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { appUrl, freshEmail, signIn } from './session';

// Seeded helpers (supabase/seed.sql). Rhian is in Easton, in a cell with four others.
const results = (page: Page) => page.getByRole('region', { name: /can help/ }).getByRole('article');
const helper = (page: Page, name: string) => results(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
const setLanguage = (context: BrowserContext, lang: string) => context.addCookies([{ name: 'lang', value: lang, url: appUrl }]);

async function findWelshDigitalHelp(page: Page) {
	await page.goto('/near-me');
	await page.getByLabel('Near', { exact: true }).fill('BS5');
	await page.getByLabel('How far').selectOption('10');
	await page.getByRole('checkbox', { name: 'Getting online' }).check();
	await page.getByText('More choices').click();
	await page.getByRole('checkbox', { name: 'Welsh' }).check();
	await page.getByRole('button', { name: 'Show who can help' }).click();
	await page.waitForURL(/near=BS5/);
}

test('finds someone who can help with getting online, in Welsh, within 10 km of BS5', async ({ page }) => {
	await findWelshDigitalHelp(page);
	await expect(page).toHaveURL(/near=BS5.*topic=digital-inclusion.*language=cy/);
	await expect(page.getByRole('heading', { level: 2, name: /near BS5/ })).toBeVisible();
	await expect(helper(page, 'Rhian Morgan')).toContainText('about 3 km');
	await expect(helper(page, 'Rhian Morgan')).toContainText('Welsh');
	await expect(helper(page, 'Lowri Evans')).toContainText('about 9 km');
	// Phone help in Welsh from anywhere comes after those nearby.
	await expect(helper(page, 'Gwen Hughes')).toContainText('Online or by phone, from anywhere');
	await expect(helper(page, 'Farah Begum')).toHaveCount(0);
	await expect(helper(page, 'Gosia Nowak')).toHaveCount(0);
	const names = await results(page).getByRole('heading', { level: 3 }).allTextContents();
	expect(names.indexOf('Rhian Morgan')).toBeLessThan(names.indexOf('Lowri Evans'));
	expect(names.indexOf('Lowri Evans')).toBeLessThan(names.indexOf('Gwen Hughes'));
	// The filters stay as chosen.
	await expect(page.getByRole('checkbox', { name: 'Getting online' })).toBeChecked();
	await expect(page.getByLabel('Near', { exact: true })).toHaveValue('BS5');
});

test('a place we do not know suggests close spellings', async ({ page }) => {
	await page.goto('/near-me?near=Bristl');
	await expect(page.getByRole('alert')).toContainText('We could not find "Bristl"');
	await page.getByRole('link', { name: 'Bristol', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: /near Bristol/ })).toBeVisible();
});

test('the map shows the same results, each marker a focusable button with a name', async ({ page }) => {
	const tiles: string[] = [];
	await page.route('https://tile.openstreetmap.org/**', (route) => {
		tiles.push(route.request().url());
		return route.abort();
	});
	await findWelshDigitalHelp(page);
	expect(await page.locator('.leaflet-container').count()).toBe(0);
	await page.getByRole('button', { name: 'Show on a map' }).click();
	await expect(page.getByRole('region', { name: 'Map of the people and groups in the list' })).toBeVisible();
	await expect(page.getByText('OpenStreetMap')).toBeVisible();
	// The address says so, and opening it again (reload, a shared link) shows the map at once.
	await expect(page).toHaveURL(/[?&]map=open(&|$)/);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Map of the people and groups in the list' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show on a map' })).toHaveCount(0);
	const marker = page.getByRole('button', { name: 'Rhian Morgan' });
	await marker.focus();
	await expect(marker).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.leaflet-popup').getByRole('link', { name: 'Rhian Morgan' })).toBeVisible();
	await expect.poll(() => tiles.length).toBeGreaterThan(0);
	// Gwen helps by phone from anywhere: she is in the list, not on the map.
	await expect(page.getByRole('button', { name: 'Gwen Hughes' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Farah Begum' })).toHaveCount(0);
	// A new search redraws the open map.
	await page.getByLabel('Near', { exact: true }).fill('Manchester');
	await page.getByRole('checkbox', { name: 'Welsh' }).uncheck();
	await page.getByRole('button', { name: 'Show who can help' }).click();
	await expect(page).toHaveURL(/near=Manchester.*map=open/);
	// Two close markers would overlap, so they are one cluster until zoomed in.
	await expect(page.getByRole('button', { name: '2 people or groups around here: zoom in' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Rhian Morgan' })).toHaveCount(0);
	// People alone in their ~5 km area share its marker.
	await page.getByRole('button', { name: '2 people or groups here' }).click();
	await expect(page.locator('.leaflet-popup').getByRole('link', { name: 'Farah Begum' })).toBeVisible();
	// Zoomed out, close markers make one cluster; choosing it by keyboard zooms back in.
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
	const cluster = page.getByRole('button', { name: /people or groups around here: zoom in/ });
	await expect(cluster).toHaveCount(1);
	// Leaflet ends a zoom a frame after its animation: let it settle before choosing the cluster.
	await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	await expect(page.getByRole('button', { name: 'Ahmad Karimi' })).toHaveCount(0);
	await cluster.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Ahmad Karimi' })).toBeVisible();
	await expect(page.locator('.leaflet-container')).toBeFocused();
});

test("a helper's contact is shown only to signed-in members, and only the channel they chose", async ({ page }) => {
	await page.goto('/near-me?q=Rhian');
	await helper(page, 'Rhian Morgan').getByRole('link', { name: 'Rhian Morgan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhian Morgan');
	const path = new URL(page.url()).pathname;
	await expect(page.getByText('Sign in to see how to get in touch.')).toBeVisible();
	await expect(page.getByRole('link', { name: /^0117/ })).toHaveCount(0);
	await expect(page.getByText('Report this listing')).toHaveCount(0);

	await signIn(page, freshEmail('directory-contact'), path);
	await expect(page.getByText('By phone:')).toBeVisible();
	await expect(page.getByRole('link', { name: /^0117 496 0/ })).toHaveAttribute('href', /^tel:0117/);
	await expect(page.getByText('By email:')).toHaveCount(0);

	await page.getByText('Report this listing').click();
	await page.getByRole('button', { name: 'Send report' }).click();
	await expect(page.getByRole('radiogroup', { name: 'What is the problem?' }).or(page.getByRole('group', { name: 'What is the problem?' }))).toHaveAccessibleDescription(
		/Please choose what the problem is/
	);
	await page.getByLabel('The details are wrong').check();
	await page.getByLabel('Tell us more').fill('The times have changed.');
	await page.getByRole('button', { name: 'Send report' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'A coordinator will look at it soon' })).toBeVisible();
});

test('a member offers help: messages by the fields, a preview, then pause', async ({ page }) => {
	await signIn(page, freshEmail('directory-offer'), '/near-me/offer');
	await page.getByLabel('Your name').fill('A');
	await page.getByRole('checkbox', { name: 'In person' }).check();
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByRole('alert')).toContainText('Some answers need a look');
	await expect(page.getByLabel('Your name')).toHaveAccessibleDescription(/Please write your name/);
	await expect(page.getByLabel('Your name')).toHaveValue('A');
	await expect(page.getByLabel('What you can help with')).toHaveAccessibleDescription(/Please write a little more/);
	await expect(page.getByLabel('Your area')).toHaveAccessibleDescription(/To meet in person, please tell us your area/);
	await expect(page.getByRole('group', { name: 'Languages you speak' })).toHaveAccessibleDescription(/at least one language/);
	await expect(page.getByRole('group', { name: 'How should people get in touch?' })).toHaveAccessibleDescription(/Please choose how/);
	await expect(page.getByRole('checkbox', { name: 'In person' })).toBeChecked();

	await page.getByLabel('Your name').fill('Test Offerer');
	await page.getByLabel('What you can help with').fill('I can help you set up video calls with your family.');
	await page.getByRole('checkbox', { name: 'Getting online' }).check();
	await page.getByRole('group', { name: 'Languages you speak' }).getByRole('checkbox', { name: 'English' }).check();
	await page.getByLabel('Your area').fill('Bristl');
	await page.getByLabel('Email', { exact: true }).check();
	await page.getByLabel('Your email, phone number or web page').fill('offerer@example.org');
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByLabel('Your area')).toHaveAccessibleDescription(/We could not find that place. Did you mean: Bristol/);

	await page.getByLabel('Your area').fill('Bristol');
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	const preview = page.getByRole('region', { name: 'What others see' });
	await expect(preview.getByRole('heading', { name: 'Test Offerer' })).toBeVisible();
	await expect(preview).toContainText('somewhere around Bristol, to about 5 km');
	await expect(preview).toContainText('Signed-in members see your email address');
	// Where the map draws them: a circle around the coarsened point, as others see it.
	await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
	await preview.getByRole('button', { name: 'Show on a map' }).click();
	await expect(preview.getByRole('button', { name: 'Test Offerer' })).toBeVisible();
	await expect(preview.locator('.leaflet-overlay-pane path')).toHaveCount(1);

	await page.getByRole('button', { name: 'Pause my listing' }).click();
	await expect(page.getByText('Your listing is paused.')).toBeVisible();
	await page.goto('/near-me?q=Test+Offerer');
	await expect(helper(page, 'Test Offerer')).toHaveCount(0);
});

test('results and helper pages seen once stay readable offline', async ({ page, context }) => {
	await page.goto('/');
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
	await page.goto('/near-me?near=BS5&topic=digital-inclusion');
	await expect(helper(page, 'Rhian Morgan')).toHaveCount(1);
	// Pages are kept when loaded as pages (the service worker keeps navigations).
	const path = (await helper(page, 'Rhian Morgan').getByRole('link', { name: 'Rhian Morgan' }).getAttribute('href'))!;
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhian Morgan');

	await context.setOffline(true);
	await page.goto('/near-me?near=BS5&topic=digital-inclusion');
	await expect(helper(page, 'Rhian Morgan')).toContainText('about 3 km');
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhian Morgan');
	await context.setOffline(false);
});

for (const lang of ['en', 'ar'] as const) {
	test(`no axe violations on the list, the map, a helper page and the forms (${lang})`, async ({ page, context }) => {
		await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
		await signIn(page, freshEmail(`directory-axe-${lang}`), '/near-me');
		await setLanguage(context, lang);
		await page.goto('/near-me?near=BS5&topic=digital-inclusion&language=cy&mode=in_person');
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: lang === 'en' ? 'Show on a map' : 'أظهر على الخريطة' }).click();
		await expect(page.locator('.helper-marker').first()).toBeVisible();
		await expectNoAxeViolations(page);

		await page.goto('/near-me?q=Rhian');
		await page.locator('article h3 a').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhian Morgan');
		await page.locator('details summary').click();
		await expectNoAxeViolations(page);

		await page.goto('/near-me/offer');
		await page.getByRole('button', { name: lang === 'en' ? 'Save my offer' : 'احفظ عرضي' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

for (const lang of ['en', 'ar'] as const) {
	test(`signed out: no axe violations on the list, the map and a helper page (${lang})`, async ({ page, context }) => {
		await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
		await setLanguage(context, lang);
		await page.goto('/near-me?near=BS5&topic=digital-inclusion');
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'en' ? 'ltr' : 'rtl');
		// The results region is named in the page's language: find her card by her name.
		const rhian = page.locator('article').filter({ has: page.getByRole('heading', { name: 'Rhian Morgan', exact: true }) });
		await expect(rhian).toHaveCount(1);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: lang === 'en' ? 'Show on a map' : 'أظهر على الخريطة' }).click();
		await expect(page.locator('.helper-marker').first()).toBeVisible();
		await expectNoAxeViolations(page);

		await rhian.getByRole('link', { name: 'Rhian Morgan' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhian Morgan');
		// Signed out: how to reach her is not on the page, a way to sign in is.
		await expect(page.locator('a[href^="/signin"]').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('a coordinator reads a report and hides the listing, then shows it again', async ({ page }) => {
	await signIn(page, 'coordinator@example.org', '/near-me');
	await page.getByRole('link', { name: 'Reports to look at' }).click();
	const report = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Chris Walker' }) });
	await expect(report).toContainText('The details are wrong');
	await expect(report).toContainText('The phone number did not work');
	await expectNoAxeViolations(page);
	await report.getByLabel('Reason, for the helper to read').fill('The phone number is out of date.');
	await report.getByRole('button', { name: 'Hide this listing' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The listing is hidden.' })).toBeVisible();
	await expect(page.getByRole('article').filter({ hasText: 'Chris Walker' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Show Chris Walker again' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The listing is showing again.' })).toBeVisible();
	await page.goto('/near-me?q=Chris+Walker');
	await expect(helper(page, 'Chris Walker')).toHaveCount(1);
});

test('members who do not coordinate see no reports', async ({ page }) => {
	await signIn(page, freshEmail('directory-not-coordinator'), '/near-me/reports');
	await expect(page.getByText('Only coordinators look after reports.')).toBeVisible();
});
