// Without JavaScript: a member chooses their calendar reminder and gets a new calendar address.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsAsServed } from './axe';
import { sql } from './db';
import { freshEmail, signIn } from './session';

test('without JavaScript, the calendar reminder is saved and a new calendar address replaces the old', async ({ page }) => {
	const email = freshEmail('nojs-feed');
	await signIn(page, email, '/me/settings');
	const section = page.getByRole('region', { name: 'Your events in your calendar' });
	await expect(section.getByLabel('1 day before')).toBeChecked();
	await section.getByLabel('No reminder').check();
	await section.getByRole('button', { name: 'Save reminder' }).click();
	await expect(page.getByText('Saved. Your calendar feed and new downloads remind you at this time.')).toBeVisible();
	await expect(section.getByLabel('No reminder')).toBeChecked();
	const [{ calendar_reminder_minutes }] = await sql<{ calendar_reminder_minutes: number | null }>(
		'select p.calendar_reminder_minutes from public.member_private p join auth.users u on u.id = p.user_id where u.email = $1',
		[email]
	);
	expect(calendar_reminder_minutes).toBeNull();

	const before = await section.getByLabel('Your private calendar address').inputValue();
	await section.getByRole('button', { name: 'Get a new address' }).click();
	await expect(page.getByText('Done: you have a new calendar address and the old one no longer works.')).toBeVisible();
	expect(await section.getByLabel('Your private calendar address').inputValue()).not.toBe(before);

	await expectNoAxeViolationsAsServed(page);
});

test('without JavaScript, a reminder that is not offered is refused by the choices, in words', async ({ page }) => {
	await signIn(page, freshEmail('nojs-feed-forged'), '/me/settings');
	const answer = await page.request.post('/me/settings?/reminder', { form: { reminder: '7' }, headers: { origin: new URL(page.url()).origin, accept: 'text/html' } });
	expect(answer.status()).toBe(400);
	expect(await answer.text()).toContain('Choose one of the reminders listed.');
});
