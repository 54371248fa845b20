import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { appUrl, freshEmail, latestMail, signIn } from './session';

test('a newcomer signs in with a code, lands on Me, and signs out', async ({ page }) => {
	const email = freshEmail('e2e');
	await signIn(page, email);
	await expect(page.getByText(`You're signed in as ${email}.`)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.waitForURL('/?signed-out');
	await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
	await page.goto('/me');
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('a wrong code gets a message by the field, keeping what was typed', async ({ page }) => {
	const email = freshEmail('wrong');
	await page.goto('/signin');
	await page.getByLabel('Email address').fill(email);
	await page.getByRole('button', { name: 'Send me a code' }).click();
	const code = page.getByLabel('Code from the email');
	await expect(code).toBeVisible();
	await expect.poll(async () => (await latestMail(email))?.code).toBeTruthy();
	const real = (await latestMail(email)).code;
	const wrong = real === '123456' ? '654321' : '123456';
	await code.fill(wrong);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByText("That code didn't work.", { exact: false })).toBeVisible();
	await expect(code).toHaveValue(wrong);
	await expect(code).toHaveAttribute('aria-invalid', 'true');
	await expect(code).toBeFocused();
	await expectNoAxeViolations(page);
});

test('a bad email address is explained, in Arabic too', async ({ page, context }) => {
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.goto('/signin');
	await expectNoAxeViolations(page);
	await page.getByLabel('عنوان البريد الإلكتروني').fill('not-an-email');
	await page.getByRole('button', { name: 'أرسل لي رمزًا' }).click();
	await expect(page.getByText('لا يبدو هذا عنوان بريد إلكتروني', { exact: false })).toBeVisible();
	await expect(page.getByLabel('عنوان البريد الإلكتروني')).toHaveValue('not-an-email');
	await expectNoAxeViolations(page);
});

test('the link in the email signs in too, and works only once', async ({ page, browser }) => {
	const email = freshEmail('link');
	await page.goto('/signin');
	await page.getByLabel('Email address').fill(email);
	await page.getByRole('button', { name: 'Send me a code' }).click();
	await expect(page.getByLabel('Code from the email')).toBeVisible();
	await expect.poll(async () => (await latestMail(email))?.link).toBeTruthy();
	const link = new URL((await latestMail(email)).link);
	// The link returns them where they were going: /me, the sign-in page's default.
	await page.goto(link.pathname + link.search);
	await page.waitForURL('/me');
	await expect(page.getByText(`You're signed in as ${email}.`)).toBeVisible();

	const other = await browser.newPage();
	await other.goto(link.pathname + link.search);
	await expect(other.getByText("That sign-in link didn't work.", { exact: false })).toBeVisible();
	await other.close();
});

test('signed in, every main page is free of axe violations in English and Arabic', async ({ page, context }) => {
	test.setTimeout(120_000); // eight pages through axe
	await signIn(page, freshEmail('axe'));
	for (const lang of ['en', 'ar']) {
		await context.addCookies([{ name: 'lang', value: lang, url: appUrl }]);
		for (const route of ['/', '/events', '/near-me', '/me']) {
			await page.goto(route);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expectNoAxeViolations(page);
		}
	}
});

test("a signed-in member's language choice is saved and follows them to a new device", async ({ page, browser }) => {
	const email = freshEmail('lang');
	await signIn(page, email);
	await page.getByRole('button', { name: 'Cymraeg' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

	const phone = await browser.newContext();
	const second = await phone.newPage();
	await signIn(second, email);
	await expect(second.locator('html')).toHaveAttribute('lang', 'cy');
	await phone.close();
});
