import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { makeEvent } from './db';
import { expectScriptsKept, tellPageItIsOffline } from './offline';
import { appUrl, freshEmail, signIn } from './session';

const rsvpPage = (id: string) => `/events/${id}/rsvp`;

async function answer(page: Page, id: string, button: RegExp) {
	await page.goto(rsvpPage(id));
	await page.getByRole('button', { name: button }).click();
}

test('a member says they are coming with a companion and a request; the organiser hosting it reads it', async ({ page, browser }) => {
	const id = await makeEvent('RSVP test: workshop', 10);
	await signIn(page, freshEmail('rsvp'), rsvpPage(id));
	await expect(page.getByText('10 places left')).toBeVisible();
	await page.getByLabel("I'm bringing a carer or companion").check();
	await page.getByLabel('Anything the organisers should know').fill('I need a seat near the front');
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Done: you're going.")).toBeVisible();
	await expect(page.getByText("You're bringing a carer or companion.")).toBeVisible();
	await expect(page.getByRole('link', { name: 'Download calendar file (.ics)' })).toBeVisible();
	await expectNoAxeViolations(page);

	const organiser = await (await browser.newContext()).newPage();
	await signIn(organiser, 'organiser@example.org', `/organise/people/${id}`);
	// Read on asking only, since the member sees each read.
	await organiser.getByRole('button', { name: 'Read access requests' }).click();
	await expect(organiser.getByRole('cell', { name: 'I need a seat near the front' })).toBeVisible();
	await expect(organiser.locator('dd').first()).toHaveText('1');
	await expectNoAxeViolations(organiser);
	await organiser.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await organiser.goto(`/organise/people/${id}`);
	await expect(organiser.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(organiser);
	await organiser.context().clearCookies({ name: 'lang' });
	await organiser.reload();
	const download = organiser.waitForEvent('download');
	await organiser.getByRole('link', { name: 'Download the list (CSV)' }).click();
	const csv = await (await download).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
	expect(csv).toContain('I need a seat near the front');
	expect(csv.split('\r\n')[0]).toBe('Name,Answer,Companion,Access requests,Answered at');
	await organiser.close();
});

test('another member cannot see who is coming', async ({ page }) => {
	const id = await makeEvent('RSVP test: private list', 10);
	await signIn(page, freshEmail('nosy'), `/organise/people/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText("Who's coming");
	const response = await page.goto(`/organise/people/${id}/people.csv`);
	expect(response?.status()).toBe(403);
});

test('when full: waitlist, then a place comes up and the member is told once', async ({ page, browser }) => {
	const id = await makeEvent('RSVP test: one place', 1);
	const first = await (await browser.newContext()).newPage();
	await signIn(first, freshEmail('first'), rsvpPage(id));
	await first.getByRole('button', { name: "I'm going" }).click();
	await expect(first.getByText("Done: you're going.")).toBeVisible();

	await signIn(page, freshEmail('second'), rsvpPage(id));
	await page.getByRole('button', { name: 'Join the waitlist' }).click();
	await expect(page.getByText("The event is full, so you're on the waitlist.")).toBeVisible();
	await expect(page.getByText("You're number 1 in line.")).toBeVisible();

	await answer(first, id, /I can't go/);
	await expect(first.getByText("Saved: you're not going.")).toBeVisible();
	await first.close();

	await page.goto('/');
	const news = page.getByText('Good news: a place came up at RSVP test: one place.', { exact: false });
	await expect(news).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'OK' }).click();
	await expect(news).toHaveCount(0);
	await page.goto('/me/events');
	await expect(page.getByRole('link', { name: 'RSVP test: one place' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(page);
});

test('offline: the answer is kept, sent when back online, and the result shown', async ({ page, context }) => {
	const id = await makeEvent('RSVP test: offline', 5);
	await signIn(page, freshEmail('offline'), rsvpPage(id));
	await page.evaluate(() => navigator.serviceWorker.ready);
	await context.setOffline(true);
	await page.getByLabel('Anything the organisers should know').fill('Step-free route please');
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Saved on this phone. We'll send it when you're back online.")).toBeVisible();
	await expect(page.getByLabel('Anything the organisers should know')).toHaveValue('Step-free route please');
	await context.setOffline(false);
	await expect(page.getByText('Sent: your answer for RSVP test: offline.')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText("Done: you're going. See you there!")).toBeVisible();
	await page.goto(rsvpPage(id));
	await expect(page.getByText("You're going.", { exact: true })).toBeVisible();
	await expect(page.getByLabel('Anything the organisers should know')).toHaveValue('Step-free route please');
});

test('offline: an event page seen once online still runs and its RSVP waits in the outbox; the RSVP page is never kept', async ({ page, context }) => {
	const id = await makeEvent('RSVP test: seen online', 5);
	const eventPage = `/events/${id}`;
	await signIn(page, freshEmail('seen-online'), rsvpPage(id));
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
	// Opened while the worker is in control: the event page and its scripts are kept; the RSVP page (personal) is not.
	await page.goto(rsvpPage(id));
	await page.goto(eventPage);
	await expect(page.getByText("You haven't answered yet.")).toBeVisible();
	await expectScriptsKept(page);

	await context.setOffline(true);
	await page.goto(rsvpPage(id));
	await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
	await page.goto(eventPage);
	await tellPageItIsOffline(page);
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Saved on this phone. We'll send it when you're back online.")).toBeVisible();
	await context.setOffline(false);
	await expect(page.getByText('Sent: your answer for RSVP test: seen online.')).toBeVisible({ timeout: 15_000 });
});

test('the RSVP page has no axe violations in Arabic, signed in and out', async ({ page, context }) => {
	const id = await makeEvent('RSVP test: Arabic', 10);
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.goto(rsvpPage(id));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(page);
	await signIn(page, freshEmail('arabic'), rsvpPage(id));
	await expectNoAxeViolations(page);
});

test('RSVP from the event page and in one tap from the list', async ({ page }) => {
	const id = await makeEvent('RSVP test: from the page', 3);
	await makeEvent('RSVP test: from the list', 3);
	await signIn(page, freshEmail('from-page'), `/events/${id}`);
	await expect(page.getByText('3 places left')).toBeVisible();
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Done: you're going.")).toBeVisible();

	await page.goto('/events?q=list');
	const card = page.getByRole('article').filter({ hasText: 'RSVP test: from the list' });
	await card.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Done: you're going.")).toBeVisible();
	await page.goto('/events?q=list');
	await expect(page.getByRole('article').filter({ hasText: 'RSVP test: from the list' }).getByText("You're going.")).toBeVisible();
});
