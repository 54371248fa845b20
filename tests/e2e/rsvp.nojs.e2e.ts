import { expect, test } from '@playwright/test';
import { makeEvent } from './db';
import { freshEmail, signIn } from './session';

test('without JavaScript, RSVP, then change to maybe', async ({ page }) => {
	const id = await makeEvent('RSVP test: no JavaScript', 10);
	await signIn(page, freshEmail('nojs-rsvp'), `/events/${id}/rsvp`);
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Done: you're going.")).toBeVisible();
	await page.getByRole('button', { name: 'Maybe' }).click();
	await expect(page.getByText('Saved as maybe.')).toBeVisible();
	await expect(page.getByText("You said maybe. That doesn't hold a place.")).toBeVisible();
});
