// Attacks on the app's sign-in, made as an attacker would: plain form posts from addresses
// they choose (behind the pretend proxy) to two app servers, and a person's browser meeting
// the refusal. Limits: 3 codes and 8 tries per client address, 5 tries per email.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { askForCode, freshEmail, freshNetwork, latestMail, limitedAppUrl, secondLimitedAppUrl, visitorFrom } from './session';

const servers = [limitedAppUrl, secondLimitedAppUrl];

/** Posts a code to a server's verify action as a script would, from `address`. */
function tryCode(request: APIRequestContext, server: string, address: string, email: string, code: string) {
	return request.post(`${server}/signin?/verify`, {
		form: { email, code, next: '/me' },
		headers: { origin: server, accept: 'text/html', 'x-forwarded-for': address },
		maxRedirects: 0
	});
}

test('two app servers do not double the limit on sign-in codes', async ({ browser }) => {
	const address = `${freshNetwork()}::1`;
	const first = await visitorFrom(browser, address, false, limitedAppUrl);
	for (let i = 0; i < 3; i++) {
		const email = freshEmail('attack-two-servers');
		expect((await askForCode(first, email)).status()).toBe(200);
		await expect.poll(async () => (await latestMail(email))?.code).toBeTruthy();
	}
	const second = await visitorFrom(browser, address, false, secondLimitedAppUrl);
	const refused = freshEmail('attack-two-servers-refused');
	expect((await askForCode(second, refused)).status()).toBe(429);
	const field = second.getByLabel('Email address');
	await expect(field).toHaveValue(refused);
	await expect(field).toHaveAccessibleDescription(/Lots of sign-in codes have been asked for from this internet connection\..* wait \d+ minutes?, then ask again\./);
	expect(await latestMail(refused)).toBeUndefined();
});

test('guessing one email’s code from many addresses is refused after 5 tries, even with the right code', async ({ browser, request }) => {
	const email = freshEmail('attack-guess');
	const person = await visitorFrom(browser, `${freshNetwork()}::1`, false);
	await askForCode(person, email);
	await expect.poll(async () => (await latestMail(email))?.code).toBeTruthy();
	const { code } = await latestMail(email);
	for (let i = 0; i < 5; i++) {
		const wrong = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
		const answer = await tryCode(request, servers[i % 2], `${freshNetwork()}::1`, email, wrong);
		expect(answer.status()).toBe(400);
	}
	// The attacker has had their tries: even the right code now waits, on either server.
	const field = person.getByLabel('Code from the email');
	await field.fill(code);
	const answer = person.waitForResponse((r) => r.request().method() === 'POST');
	await person.getByRole('button', { name: 'Sign in', exact: true }).click();
	expect((await answer).status()).toBe(429);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Too many tries to sign in with this email address\..* wait \d+ minutes?, then try again\./);
	await expect(field).toHaveValue(code);
	await expect(person.getByText(email)).toBeVisible();
	await expect(person).toHaveURL(/\/signin/);
});

test('wrong codes from one address are refused after 8 tries, across servers, with the message by the code field', async ({ browser, request }) => {
	const address = `${freshNetwork()}::1`;
	for (let i = 0; i < 8; i++) {
		const answer = await tryCode(request, servers[i % 2], address, freshEmail('attack-spray'), '123456');
		expect(answer.status()).toBe(400);
	}
	const person = await visitorFrom(browser, address, true);
	const email = freshEmail('attack-spray-person');
	await askForCode(person, email);
	const field = person.getByLabel('Code from the email');
	await field.fill('654321');
	await person.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(field).toHaveAccessibleDescription(/Too many sign-in tries from this internet connection\..* wait \d+ minutes?, then try again\./);
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('654321');
	await expectNoAxeViolations(person);

	// The same refusal in Arabic, right to left, by the field.
	const inArabic = await visitorFrom(browser, address, true);
	await inArabic.context().addCookies([{ name: 'lang', value: 'ar', url: limitedAppUrl }]);
	await askForCode(inArabic, freshEmail('attack-spray-arabic'));
	const arabicField = inArabic.getByLabel('الرمز من البريد الإلكتروني');
	await arabicField.fill('654321');
	await inArabic.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
	await expect(arabicField).toHaveAccessibleDescription(/محاولات دخول كثيرة جدًا من اتصال الإنترنت هذا/);
	await expect(inArabic.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(inArabic);
});
