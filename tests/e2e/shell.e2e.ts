import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tellPageItIsOffline } from './offline';
import { appUrl } from './session';

const setLanguage = (context: BrowserContext, lang: string) =>
	context.addCookies([{ name: 'lang', value: lang, url: appUrl }]);

const variants = [
	{ lang: 'en', dir: 'ltr', colorScheme: 'light' },
	{ lang: 'en', dir: 'ltr', colorScheme: 'dark' },
	{ lang: 'ar', dir: 'rtl', colorScheme: 'light' },
	{ lang: 'ar', dir: 'rtl', colorScheme: 'dark' }
] as const;

for (const { lang, dir, colorScheme } of variants) {
	test.describe(`every route in ${lang}, ${colorScheme} theme`, () => {
		test.use({ colorScheme });
		test.beforeEach(({ context }) => setLanguage(context, lang));

		// The offline pages are prerendered once per language, so the URL names it.
		const routes = ['/', '/events', '/near-me', '/me', '/signin', lang === 'en' ? '/offline' : `/offline/${lang}`];

		for (const route of routes) {
			test(`${route} has no axe violations`, async ({ page }) => {
				const response = await page.goto(route);
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('html')).toHaveAttribute('dir', dir);
				await expect(page.locator('h1')).toHaveCount(1);
				await expectNoAxeViolations(page);
			});
		}

		test('a missing page is a friendly 404', async ({ page }) => {
			const response = await page.goto('/no-such-page');
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(
				lang === 'en' ? 'We cannot find that page' : 'لم نعثر على هذه الصفحة'
			);
			await expectNoAxeViolations(page);
		});
	});
}

test('the browser language is used when nothing was chosen', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'cy-GB' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.locator('h1')).toHaveText('Croeso i Hearth');
	await context.close();
});

test('keyboard only: skip link, then through the navigation', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();

	await page.goto('/');
	await page.keyboard.press('Tab'); // skip link
	await page.keyboard.press('Tab'); // brand
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const name of ['Home', 'Events', 'Near me', 'Me']) {
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name, exact: true })).toBeFocused();
	}
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(nav.getByRole('link', { name: 'Events' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/events');
	await expect(page.locator('h1')).toHaveText('Events');
	await expect(nav.getByRole('link', { name: 'Events' })).toHaveAttribute('aria-current', 'page');
	await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
});

test('the web app manifest is served and complete', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(new URL(href ?? '', page.url()).href);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Hearth',
		short_name: 'Hearth',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.description).toBeTruthy();
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
	expect(icons.some((i) => i.sizes === '192x192' && !i.purpose)).toBe(true);
	expect(icons.some((i) => i.sizes === '512x512' && !i.purpose)).toBe(true);
	expect(icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
	for (const icon of icons) {
		const image = await request.get(new URL(icon.src, response.url()).href);
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type']).toBe(icon.type);
	}
});

test('the service worker registers for the whole app from a page deep in it', async ({ page }) => {
	// Someone following a shared link arrives on an event page, not on Home.
	await page.goto('/events/e0000000-0000-4000-8000-000000000001');
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
	const registration = await page.evaluate(async () => {
		const { scope, active } = await navigator.serviceWorker.ready;
		return { scope, script: active?.scriptURL };
	});
	expect(registration).toEqual({ scope: `${appUrl}/`, script: `${appUrl}/service-worker.js` });
});

test.describe('offline', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
			timeout: 15_000
		});
	});

	test('the service worker registers and controls the page', async ({ page }) => {
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(`${appUrl}/`);
	});

	test('a visited page still renders, and a new one shows the offline page', async ({
		page,
		context
	}) => {
		await page.goto('/events');
		await expect(page.locator('h1')).toHaveText('Events');

		await context.setOffline(true);
		await page.goto('/events');
		await expect(page.locator('h1')).toHaveText('Events');
		await tellPageItIsOffline(page);
		await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();

		await page.goto('/near-me');
		await expect(page.locator('h1')).toHaveText('You are offline');

		// Following a link while offline also ends on the saved page.
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
		await expect(page).toHaveURL('/events');
		await expect(page.locator('h1')).toHaveText('Events');
		await context.setOffline(false);
	});
});
