import { expect, test } from '@playwright/test';
import { pastEventWith } from './db';
import { freshEmail, signIn } from './session';

test('without JavaScript, give feedback', async ({ page }) => {
	const email = freshEmail('nojs-fb');
	await signIn(page, email, '/');
	const id = await pastEventWith('Feedback test: no JavaScript', 2, [email]);
	await page.goto(`/events/${id}/feedback`);
	await page.getByRole('link', { name: 'I went' }).click();
	await page.getByRole('radio', { name: '5: great' }).check();
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Thank you! Your feedback is saved.')).toBeVisible();
});
