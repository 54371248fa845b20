import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { askForCode, freshEmail, freshNetwork, latestMail, limitedAppUrl, visitorFrom } from './session';

// The limited server allows 3 codes per client address in 15 minutes.
test('with JavaScript, the refused code request is explained by the email field, which gets the focus', async ({ browser }) => {
	const page = await visitorFrom(browser, `${freshNetwork()}::1`, true);
	for (let i = 0; i < 3; i++) {
		const email = freshEmail('limit-js');
		await askForCode(page, email);
		await expect(page.getByLabel('Code from the email')).toBeVisible();
		await expect.poll(async () => (await latestMail(email))?.code).toBeTruthy();
	}
	const refused = freshEmail('limit-js-refused');
	await askForCode(page, refused);
	const field = page.getByLabel('Email address');
	await expect(field).toHaveAccessibleDescription(/Lots of sign-in codes have been asked for/);
	await expect(field).toHaveValue(refused);
	await expect(field).toBeFocused();
	expect(await latestMail(refused)).toBeUndefined();
	await expectNoAxeViolations(page);
});

test('in Arabic, right to left, the refused code request is explained by the email field and passes axe', async ({ browser }) => {
	const page = await visitorFrom(browser, `${freshNetwork()}::1`, true);
	await page.context().addCookies([{ name: 'lang', value: 'ar', url: limitedAppUrl }]);
	for (let i = 0; i < 3; i++) {
		const email = freshEmail('limit-arabic');
		await askForCode(page, email);
		await expect.poll(async () => (await latestMail(email))?.code).toBeTruthy();
	}
	await askForCode(page, freshEmail('limit-arabic-refused'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByLabel('عنوان البريد الإلكتروني')).toHaveAccessibleDescription(/طُلبت رموز دخول كثيرة من اتصال الإنترنت هذا/);
	await expectNoAxeViolations(page);
});
