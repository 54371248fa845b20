import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { pastEventWith } from './db';
import { appUrl, freshEmail, signIn } from './session';

/** Signs in (creating the account), then puts them down as going to a past event. */
async function attendee(page: import('@playwright/test').Page, name: string, title: string) {
	const email = freshEmail(name);
	await signIn(page, email, '/');
	const id = await pastEventWith(title, 1, [email]);
	return id;
}

test('Home asks for feedback; someone who came answers in a few taps, anonymous by default', async ({ page }) => {
	const id = await attendee(page, 'came', 'Feedback test: came');
	await page.goto('/');
	await expect(page.getByText('How was Feedback test: came?', { exact: false })).toBeVisible();
	await page.getByRole('link', { name: 'Give feedback' }).first().click();
	await expect(page).toHaveURL(new RegExp(`/events/${id}/feedback`));
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'I went' }).click();
	await page.getByRole('radio', { name: '4' }).check();
	await page.getByRole('group', { name: 'Did you feel welcome?' }).getByRole('radio', { name: 'Yes' }).check();
	await page.getByRole('checkbox', { name: 'Too loud or busy' }).check();
	await page.getByRole('checkbox', { name: 'A quieter room' }).check();
	await expect(page.getByRole('checkbox', { name: 'Send this without my name' })).toBeChecked();
	await expectNoAxeViolations(page);
	await page.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(page);
	await page.context().clearCookies({ name: 'lang' });
	await page.reload();
	await page.getByRole('radio', { name: '4' }).check();
	await page.getByRole('group', { name: 'Did you feel welcome?' }).getByRole('radio', { name: 'Yes' }).check();
	await page.getByRole('checkbox', { name: 'Too loud or busy' }).check();
	await page.getByRole('checkbox', { name: 'A quieter room' }).check();
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Thank you! Your feedback is saved.')).toBeVisible();
	// Editable: it comes back as it was.
	await expect(page.getByRole('checkbox', { name: 'A quieter room' })).toBeChecked();
	await page.goto('/');
	await expect(page.getByText('How was Feedback test: came?', { exact: false })).toHaveCount(0);
});

test("someone who didn't come is asked what got in the way, and nothing about how it was", async ({ page }) => {
	const id = await attendee(page, 'missed', 'Feedback test: missed');
	await page.goto(`/events/${id}/feedback?went=no`);
	await expect(page.getByRole('group', { name: 'What got in the way?' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Overall, how was it?' })).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Caring for someone' }).check();
	await page.getByLabel('Anything else you').fill('My childminder was ill');
	await page.getByRole('checkbox', { name: 'A creche' }).check();
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Thank you! Your feedback is saved.')).toBeVisible();
});

test('offline: feedback waits in the outbox and is sent when back online', async ({ page, context }) => {
	const id = await attendee(page, 'offline-fb', 'Feedback test: offline');
	await page.goto(`/events/${id}/feedback?went=yes`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await context.setOffline(true);
	await page.getByRole('radio', { name: '5: great' }).check();
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText("Saved on this phone. We'll send it when you're back online.")).toBeVisible();
	await context.setOffline(false);
	await expect(page.getByText('Sent: your answer for Feedback test: offline.')).toBeVisible({ timeout: 15_000 });
	await page.goto(`/events/${id}/feedback`);
	await expect(page.getByRole('radio', { name: '5: great' })).toBeChecked();
});

test('organisers see insights with small groups hidden; members cannot', async ({ page, browser }) => {
	const id = await attendee(page, 'insight', 'Feedback test: insights');
	await page.goto(`/events/${id}/feedback?went=yes`);
	await page.getByRole('radio', { name: '3: OK' }).check();
	await page.getByLabel('Anything else you').fill('The tea ran out');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Thank you!', { exact: false })).toBeVisible();
	await page.goto('/organise/insights');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is for organisers');

	const organiser = await (await browser.newContext()).newPage();
	await signIn(organiser, 'organiser@example.org', `/organise/insights?event=${id}`);
	await expect(organiser.getByRole('heading', { name: 'What people told us', level: 1 })).toBeVisible();
	const ratings = organiser.getByRole('table', { name: 'Overall, how was it?: the numbers' });
	await expect(ratings.getByRole('row', { name: /3: OK/ })).toContainText('fewer than 3');
	await expect(organiser.getByText('The tea ran out')).toHaveCount(0);
	await expect(organiser.getByText("People's own words show here once", { exact: false })).toBeVisible();
	await expectNoAxeViolations(organiser);
	await organiser.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await organiser.reload();
	await expectNoAxeViolations(organiser);
	await organiser.close();
});
