// An organiser names a co-host on the event form; the co-host reads a member's access
// request (a logged read); the member sees who read it, and when. With JavaScript, axe on
// every page; the same without JavaScript in co-hosts.nojs.e2e.ts.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { sql } from './db';
import { expectFieldError, fillEvent, inDays, unique } from './organise-helpers';
import { appUrl, freshEmail, signIn } from './session';

test.setTimeout(120_000);

async function personAt(browser: Browser, email: string, next: string): Promise<Page> {
	const page = await (await browser.newContext({ baseURL: appUrl })).newPage();
	await signIn(page, email, next);
	return page;
}

test('a co-host named on the form reads the access request, and the member sees who did', async ({ browser }) => {
	const title = unique('Co-hosted workshop');
	const organiser = await personAt(browser, 'organiser@example.org', '/organise/events/new');

	// Bad input keeps the co-host ticked, with the other messages by their fields.
	const coHost = organiser.getByRole('group', { name: 'Co-hosts' }).getByRole('checkbox', { name: 'Tom Coordinator' });
	await coHost.check();
	await organiser.getByRole('button', { name: 'Save as draft' }).click();
	await expectFieldError(organiser, 'title', 'Please fill this in.');
	await expect(coHost).toBeChecked();
	await expectNoAxeViolations(organiser);

	await fillEvent(organiser, { title, date: inDays(20), venue: 'Central Library, Bristol' });
	await organiser.getByRole('button', { name: 'Save as draft' }).click();
	await organiser.waitForURL(/\/organise\/events\/[0-9a-f-]+\/edit\?done=saved$/);
	await expect(organiser.getByRole('group', { name: 'Co-hosts' }).getByRole('checkbox', { name: 'Tom Coordinator' })).toBeChecked();
	const id = new URL(organiser.url()).pathname.split('/')[3];
	await sql(`update public.events set status = 'published' where id = $1`, [id]);

	const member = await personAt(browser, freshEmail('co-host-member'), `/events/${id}/rsvp`);
	await member.getByLabel('Anything the organisers should know so you can take part?').fill('I lip-read: please face the room when you speak.');
	await member.getByRole('button', { name: "I'm going" }).click();
	await expect(member.getByText("Done: you're going.")).toBeVisible();
	const reads = member.getByRole('region', { name: 'Who has read your access request' });
	await expect(reads).toContainText('Nobody has read it yet.');

	// The co-host (a coordinator here) reads it only by asking to; the organiser who made it could too.
	const coordinator = await personAt(browser, 'coordinator@example.org', `/organise/people/${id}`);
	await expect(coordinator.getByText('I lip-read')).toHaveCount(0);
	await coordinator.getByRole('button', { name: 'Read access requests' }).click();
	await expect(coordinator.getByRole('cell', { name: 'I lip-read: please face the room when you speak.' })).toBeVisible();
	await expect(coordinator.getByRole('region', { name: 'Access requests' }).getByRole('status')).toContainText('Each member can see that you have just read theirs.');
	await expectNoAxeViolations(coordinator);

	await member.reload();
	await expect(reads.getByRole('listitem')).toHaveCount(1);
	await expect(reads.getByRole('listitem')).toContainText('Tom Coordinator');
	await expect(reads.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
	await expectNoAxeViolations(member);
});

test('an organiser who is not hosting sees who the co-hosts are, and reads no access request', async ({ browser }) => {
	const [event] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status, created_by)
		 values ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', $1, now() + interval '9 days', now() + interval '9 days 2 hours', 'published', 'a0000000-0000-4000-8000-000000000004')
		 returning id`,
		[unique('Hosted by someone else')]
	);
	const organiser = await personAt(browser, 'organiser@example.org', `/organise/events/${event.id}/edit`);
	await expect(organiser.getByRole('group', { name: 'Co-hosts' })).toHaveCount(0);
	await expect(organiser.getByRole('region', { name: 'Co-hosts' })).toContainText("Only this event's hosts");
	await organiser.goto(`/organise/people/${event.id}`);
	await expect(organiser.getByRole('button', { name: 'Read access requests' })).toHaveCount(0);
	await expect(organiser.getByText("Only this event's hosts (the organiser who made it and its co-hosts) read its access requests.")).toBeVisible();
	await expectNoAxeViolations(organiser);
});
