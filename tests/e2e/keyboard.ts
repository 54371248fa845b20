import { expect, type Locator, type Page } from '@playwright/test';
import { latestMail } from './session';

/** Presses Tab until the element has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Signing in with the keyboard only: Tab to each field, type, press Enter. */
export async function signInByKeyboard(page: Page, email: string, next: string) {
	await page.goto(`/signin?next=${encodeURIComponent(next)}`);
	const before = (await latestMail(email))?.id ?? 0;
	await tabTo(page, page.getByLabel('Email address'));
	await page.keyboard.type(email);
	await page.keyboard.press('Enter');
	const code = page.getByLabel('Code from the email');
	await expect(code).toBeVisible();
	await expect.poll(async () => (await latestMail(email))?.id ?? 0).toBeGreaterThan(before);
	await tabTo(page, code);
	await page.keyboard.type((await latestMail(email)).code);
	await page.keyboard.press('Enter');
}
