import { expect, test } from '@playwright/test';
import { freshEmail, signIn } from './session';

test('without JavaScript: the welcome steps, a place typo, then signing in offers the answers, which are added', async ({ page }) => {
	await page.goto('/welcome');
	await page.getByRole('radio', { name: 'Join Bristol Community Tech' }).check();
	await page.getByRole('button', { name: 'Save and go on' }).click();
	await page.getByRole('button', { name: 'Skip this step' }).click();
	await page.getByRole('group', { name: 'I am interested in' }).getByLabel('Websites').check();
	await page.getByRole('button', { name: 'Save and go on' }).click();
	await page.getByLabel('A hearing loop').check();
	await page.getByRole('button', { name: 'Save and go on' }).click();

	const area = page.getByLabel(/Your town or area/);
	await area.fill('Bristl');
	await page.getByRole('button', { name: 'Save and go on' }).click();
	await expect(page.getByText(/We could not find that place\..*Did you mean: Bristol/)).toBeVisible();
	await expect(area).toHaveValue('Bristl');
	await area.fill('Bristol');
	await page.getByRole('button', { name: 'Save and go on' }).click();
	await expect(page).toHaveURL(/\/welcome\/done$/);

	await expect(page.getByRole('link', { name: 'Sign in to save' })).toHaveAttribute('href', '/signin?next=/welcome/done');
	await signIn(page, freshEmail('welcome-nojs'), '/welcome/charter');
	const offer = page.getByRole('region', { name: 'Answers from before you signed in' });
	await expect(offer).toContainText('1 interest, 1 access need, an area, and a community');
	await offer.getByRole('button', { name: 'Add them to my account' }).click();
	await expect(page.getByText('Added to your account.')).toBeVisible();
	await page.getByRole('button', { name: 'I agree' }).click();
	await expect(page).toHaveURL(/\/welcome\/interests$/);
	await expect(page.getByRole('group', { name: 'I am interested in' }).getByLabel('Websites')).toBeChecked();
	await page.goto('/welcome/access');
	await expect(page.getByLabel('A hearing loop')).toBeChecked();
});

test('without JavaScript: a profile with a mistake keeps what was typed', async ({ page }) => {
	await signIn(page, freshEmail('profile-nojs'), '/me/profile');
	await page.getByLabel('Name', { exact: true }).fill('');
	await page.getByLabel('Pronouns').fill('they/them');
	await page.getByRole('button', { name: 'Save my profile' }).click();
	await expect(page.getByText('Please tell us what to call you.')).toBeVisible();
	await expect(page.getByLabel('Pronouns')).toHaveValue('they/them');
	await page.getByLabel('Name', { exact: true }).fill('Robin');
	await page.getByRole('button', { name: 'Save my profile' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'What other members see' }).getByRole('heading', { name: 'Robin' })).toBeVisible();
	await page.goto('/me/settings');
	await page.getByLabel('Reminders before events I am going to').check();
	await page.getByRole('button', { name: 'Save my choices' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect(page.getByLabel('Reminders before events I am going to')).toBeChecked();
});
