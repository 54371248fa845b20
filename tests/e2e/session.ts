import { expect, type Browser, type Page } from '@playwright/test';

/** The app under test (HEARTH_APP_PORT lets two checkouts test side by side). */
export const appUrl = `http://localhost:${process.env.HEARTH_APP_PORT ?? '4173'}`;

/**
 * The same build behind a pretend proxy, with limits of 3 sign-in codes and 8 tries per client
 * address and 5 tries per email (playwright.config.ts); a second app server like it shares the limits.
 */
export const limitedAppUrl = `http://localhost:${Number(process.env.HEARTH_APP_PORT ?? '4173') + 1}`;
export const secondLimitedAppUrl = `http://localhost:${Number(process.env.HEARTH_APP_PORT ?? '4173') + 2}`;

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

/** A /64 of IPv6's documentation range that no earlier run used, so a reused server's window is empty for it. */
export const freshNetwork = () => `2001:db8:${[0, 0].map(() => Math.floor(Math.random() * 0x10000).toString(16)).join(':')}`;

/** A visitor to a limited server whose requests come, as its pretend proxy says, from `address`. */
export async function visitorFrom(browser: Browser, address: string, javaScriptEnabled: boolean, baseURL = limitedAppUrl) {
	const context = await browser.newContext({ baseURL, javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': address } });
	return context.newPage();
}

/** Asks for a sign-in code on the sign-in page; the answer to the post. */
export async function askForCode(page: Page, email: string) {
	await page.goto('/signin');
	await page.getByLabel(/^(Email address|عنوان البريد الإلكتروني)$/).fill(email);
	const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/signin'));
	await page.getByRole('button', { name: /Send me a code|أرسل لي رمزًا/ }).click();
	return answer;
}
