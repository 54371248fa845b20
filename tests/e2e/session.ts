import { expect, type Page } from '@playwright/test';

/** The app under test (HEARTH_APP_PORT lets two checkouts test side by side). */
export const appUrl = `http://localhost:${process.env.HEARTH_APP_PORT ?? '4173'}`;

export const apiUrl = process.env.PUBLIC_SUPABASE_URL ?? 'http://127.0.0.1:54321';

export async function latestMail(email: string) {
	const response = await fetch(`${apiUrl}/mailbox?email=${encodeURIComponent(email)}`);
	const messages = (await response.json()) as { id: number; code: string; link: string }[];
	return messages[0];
}

/** A new address per test, so parallel tests never share a code or a session. */
export const freshEmail = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;

/** Signs in through the page, as a person would, with the code from the local mailbox. */
export async function signIn(page: Page, email: string, next = '/me') {
	await page.goto(`/signin?next=${encodeURIComponent(next)}`);
	const before = (await latestMail(email))?.id ?? 0;
	await page.getByLabel(/Email address|عنوان البريد/).fill(email);
	await page.getByRole('button', { name: /Send me a code|أرسل لي رمزًا/ }).click();
	await expect(page.getByLabel(/Code from the email|الرمز من البريد/)).toBeVisible();
	await expect.poll(async () => (await latestMail(email))?.id ?? 0).toBeGreaterThan(before);
	const { code } = await latestMail(email);
	await page.getByLabel(/Code from the email|الرمز من البريد/).fill(code);
	await page.getByRole('button', { name: /^(Sign in|تسجيل الدخول)$/ }).click();
	await page.waitForURL((url) => url.pathname + url.search === new URL(next, appUrl).pathname + new URL(next, appUrl).search);
}
