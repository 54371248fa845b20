import { expect, test } from '@playwright/test';
import { freshEmail, signIn } from './session';

test('without JavaScript, sign in with a code and sign out', async ({ page }) => {
	const email = freshEmail('nojs');
	await signIn(page, email);
	await expect(page.getByText(`You're signed in as ${email}.`)).toBeVisible();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.waitForURL('/?signed-out');
	await expect(page.getByText('You have signed out. Nothing of yours is kept on this device')).toBeVisible();
	await page.goto('/me');
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('without JavaScript, a page for members sends a visitor to sign in and back to it, query string and all', async ({ page }) => {
	const wanted = '/organise/insights?since=2026-01-01&until=2026-12-31';
	await page.goto(wanted);
	await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(wanted)}`);
	await signIn(page, freshEmail('back'), wanted);
	await expect(page).toHaveURL(wanted);
});
