import { expect, test } from '@playwright/test';
import { freshEmail, signIn } from './session';

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

test('without JavaScript: the offer form says what is wrong by the fields and keeps what was typed, then saves', async ({ page }) => {
	await signIn(page, freshEmail('directory-nojs-offer'), '/near-me/offer');
	await page.getByLabel('Your name').fill('No Script Helper');
	await page.getByRole('checkbox', { name: 'Online', exact: true }).check();
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByLabel('What you can help with')).toHaveAccessibleDescription(/Please write a little more/);
	await expect(page.getByLabel('Your name')).toHaveValue('No Script Helper');
	await expect(page.getByRole('checkbox', { name: 'Online', exact: true })).toBeChecked();

	await page.getByLabel('What you can help with').fill('Help with online forms, at your own pace.');
	await page.getByRole('group', { name: 'Languages you speak' }).getByRole('checkbox', { name: 'Welsh' }).check();
	await page.getByLabel('Phone', { exact: true }).check();
	await page.getByLabel('Your email, phone number or web page').fill('0117 496 0999');
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByText('Saved. This is what others see now.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'What others see' })).toContainText('Online or by phone, from anywhere');
});
