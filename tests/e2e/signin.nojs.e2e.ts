import { expect, test } from '@playwright/test';
import { freshEmail, signIn } from './session';

test('without JavaScript, sign in with a code and sign out', async ({ page }) => {
	const email = freshEmail('nojs');
	await signIn(page, email);
	await expect(page.getByText(`You're signed in as ${email}.`)).toBeVisible();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.waitForURL('/');
	await page.goto('/me');
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});
