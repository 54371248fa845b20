import { expect, type Page } from '@playwright/test';

/** A date some days from today, as a date input takes it. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** Fills the event form by field names, so it works in any language. */
export async function fillEvent(page: Page, fields: { title: string; date: string; start?: string; end?: string; venue?: string }) {
	await page.locator('[name=title]').fill(fields.title);
	await page.locator('[name=summary]').fill('A friendly evening of digital help.');
	await page.locator('[name=date]').fill(fields.date);
	await page.locator('[name=start]').fill(fields.start ?? '18:30');
	await page.locator('[name=end]').fill(fields.end ?? '20:00');
	if (fields.venue) await page.locator('[name=venue]').selectOption({ label: fields.venue });
}

export const fact = (page: Page, key: string, answer: 'yes' | 'no' | 'unknown') =>
	page.locator(`input[name="fact.${key}"][value="${answer}"]`).check();

export async function expectFieldError(page: Page, name: string, message: string) {
	await expect(page.locator(`[id="field-${name}-error"]`)).toHaveText(message);
}
