import { expect, test } from '@playwright/test';
import { fact, fillEvent, inDays, unique } from './organise-helpers';
import { signIn } from './session';

// One sign-in at a time: codes are rate-limited per address.
test.describe.configure({ mode: 'serial' });

// The coordinator, not the organiser: the other browser project signs that one in at the same time.
test('a coordinator creates and publishes an event without JavaScript', async ({ page }) => {
	// Without JavaScript, sign-in returns to /me, where organisers find the way in.
	await signIn(page, 'coordinator@example.org');
	await page.getByRole('link', { name: 'Organise events' }).click();
	await page.getByRole('link', { name: 'New event' }).first().click();
	await expect(page.getByLabel('Community', { exact: true })).toHaveValue('11111111-1111-4111-8111-111111111111');
	const title = unique('Laptop repair cafe');
	await fillEvent(page, { title, date: inDays(40), venue: 'Central Library, Bristol' });
	await fact(page, 'captions', 'yes');
	await page.getByRole('button', { name: 'Check and publish' }).click();
	await expect(page.getByText('People will see “not confirmed” for:')).toContainText('Large print');
	await page.getByRole('button', { name: 'Publish anyway' }).click();
	await expect(page.locator('#main').getByRole('status')).toHaveText('Published. People can now find this event.');
	await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('the venue form shows another stop row without JavaScript, keeping what was typed', async ({ page }) => {
	await signIn(page, 'coordinator@example.org');
	await page.goto('/organise/venues/new');
	await page.getByLabel('Name of the venue').fill('Keep this name');
	await page.getByRole('button', { name: 'Add another stop' }).click();
	await expect(page.getByRole('group', { name: /^Stop \d$/ })).toHaveCount(4);
	await expect(page.getByLabel('Name of the venue')).toHaveValue('Keep this name');
});
