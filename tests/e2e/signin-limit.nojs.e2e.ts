import { expect, test } from '@playwright/test';
import { askForCode, freshEmail, freshNetwork, latestMail, visitorFrom } from './session';

// The limited server allows 3 codes per client address (an IPv6 /64) in 15 minutes.
test('without JavaScript, sign-in codes are limited per client address, and not across addresses', async ({ browser }) => {
	const network = freshNetwork();
	const first = await visitorFrom(browser, `${network}::1`, false);
	for (let i = 0; i < 3; i++) {
		const email = freshEmail('limit');
		expect((await askForCode(first, email)).status()).toBe(200);
		await expect(first.getByLabel('Code from the email')).toBeVisible();
		await expect.poll(async () => (await latestMail(email))?.code).toBeTruthy();
	}

	// A fourth, from another address in the same /64, is refused by the email field, keeping what was typed.
	const neighbour = await visitorFrom(browser, `${network}::2`, false);
	const refused = `Limit-Refused-${Date.now()}@Example.org`; // as typed, not lower-cased
	expect((await askForCode(neighbour, refused)).status()).toBe(429);
	const field = neighbour.getByLabel('Email address');
	await expect(field).toHaveValue(refused);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Lots of sign-in codes have been asked for from this internet connection\..* wait \d+ minutes, then ask again\./);
	expect(await latestMail(refused)).toBeUndefined();

	// Someone on another network is not held up by them.
	const elsewhere = await visitorFrom(browser, `${freshNetwork()}::1`, false);
	const theirs = freshEmail('limit-elsewhere');
	expect((await askForCode(elsewhere, theirs)).status()).toBe(200);
	await expect(elsewhere.getByLabel('Code from the email')).toBeVisible();
	await expect.poll(async () => (await latestMail(theirs))?.code).toBeTruthy();
});
