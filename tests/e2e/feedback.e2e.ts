import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { pastEventWith, sql } from './db';
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

test('organisers see insights only for closed events with 3 answers; members cannot', async ({ page, browser }) => {
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
	// Still open, one answer: the event is listed with its figures held back, and the answer counts nowhere.
	const card = organiser.getByRole('listitem').filter({ has: organiser.getByRole('heading', { name: 'Feedback test: insights' }) });
	await expect(card).toContainText('Figures held back: shown once feedback closes on');
	await expect(card).not.toContainText('Answers');
	const ratings = organiser.getByRole('table', { name: 'Overall, how was it?: the numbers' });
	await expect(ratings.getByRole('row', { name: /3: OK/ })).toContainText('0');
	await expect(organiser.getByText('The tea ran out')).toHaveCount(0);
	await expect(organiser.getByText("People's own words show here for events where", { exact: false })).toBeVisible();
	await expectNoAxeViolations(organiser);
	await organiser.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await organiser.reload();
	await expectNoAxeViolations(organiser);
});

test('once feedback has closed with 3 anonymous answers, organisers see the figures and the words', async ({ page: organiser }) => {
	const emails = [freshEmail('closed-a'), freshEmail('closed-b'), freshEmail('closed-c')];
	await sql(`insert into auth.users (email, email_confirmed_at) select unnest($1::text[]), now()`, [emails]);
	const id = await pastEventWith('Feedback test: closed', 20, emails);
	await sql(
		`insert into public.feedback (event_id, user_id, attended, rating, barriers, comment)
		 select $1, id, true, 5, '{loud}', 'Closed words from ' || email from auth.users where email = any($2::text[])`,
		[id, emails]
	);
	await signIn(organiser, 'organiser@example.org', `/organise/insights?event=${id}`);
	const card = organiser.getByRole('listitem').filter({ has: organiser.getByRole('heading', { name: 'Feedback test: closed' }) });
	await expect(card).toContainText('Answers');
	await expect(card).not.toContainText('held back');
	await expect(organiser.getByRole('table', { name: 'Overall, how was it?: the numbers' }).getByRole('row', { name: /5: great/ })).toContainText('3');
	for (const email of emails) await expect(organiser.getByText(`Closed words from ${email}`)).toBeVisible();
	await expectNoAxeViolations(organiser);
});
