import { expect, test } from '@playwright/test';

test('without JavaScript: search by place and topic, open a helper, no map button', async ({ page }) => {
	await page.goto('/near-me');
	await page.getByLabel('Near', { exact: true }).fill('BS5');
	await page.getByRole('checkbox', { name: 'Getting online' }).check();
	await page.getByRole('button', { name: 'Show who can help' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /near BS5/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show on a map' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Use where I am now' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Rhian Morgan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhian Morgan');
	await expect(page.getByText('Sign in to see how to get in touch.')).toBeVisible();
});
