import { expect, test } from '@playwright/test';
import { freshEmail, signIn } from './session';

test('without JavaScript: an organisation is listed, with messages by the fields first, then paused', async ({ page }) => {
	await signIn(page, freshEmail('directory-nojs-organisation'), '/near-me/offer/organisation');
	await page.getByLabel('Organisation name').fill('No Script Centre');
	await page.getByRole('checkbox', { name: 'By phone', exact: true }).check();
	await page.getByRole('button', { name: 'Save the organisation' }).click();
	await expect(page.getByLabel('What your organisation can help with')).toHaveAccessibleDescription(/Please write a little more/);
	await expect(page.getByLabel('Organisation name')).toHaveValue('No Script Centre');
	await expect(page.getByRole('checkbox', { name: 'By phone', exact: true })).toBeChecked();

	await page.getByLabel('What your organisation can help with').fill('A phone line for questions about getting online.');
	await page.getByRole('group', { name: 'Languages you can help in' }).getByRole('checkbox', { name: 'Welsh' }).check();
	await page.getByLabel('Phone', { exact: true }).check();
	await page.getByLabel("Your organisation's email, phone number or web page").fill('029 2018 0000');
	await page.getByRole('button', { name: 'Save the organisation' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No Script Centre');
	await expect(page.getByText('Saved. This is what others see now.')).toBeVisible();
	await page.getByRole('button', { name: 'Pause this listing' }).click();
	await expect(page.getByText('This listing is paused.')).toBeVisible();
});
