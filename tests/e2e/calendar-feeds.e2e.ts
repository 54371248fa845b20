// Calendars that stay in sync: a member subscribes to their own events from settings, the
// feed follows an event that moves or is cancelled (same UID, higher SEQUENCE), a new
// address ends the old one; a community's feed is offered on the events list. Each feed is
// read as a calendar app would (no session) and parsed with ical.js.
import ICAL from 'ical.js';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { makeEvent, sql } from './db';
import { appUrl, freshEmail, signIn } from './session';

test.setTimeout(120_000);

/** What a calendar app reads at `url`: the events by UID, with what it shows of each. */
async function readFeed(request: APIRequestContext, url: string) {
	const answer = await request.get(url);
	expect(answer.status(), url).toBe(200);
	expect(answer.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const calendar = new ICAL.Component(ICAL.parse(await answer.text()));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
	return new Map(
		calendar.getAllSubcomponents('vevent').map((component) => {
			const event = new ICAL.Event(component);
			const alarm = component.getFirstSubcomponent('valarm');
			return [
				event.uid,
				{
					summary: event.summary,
					sequence: event.sequence,
					status: component.getFirstPropertyValue('status'),
					start: event.startDate.toJSDate().toISOString(),
					alarm: alarm?.getFirstPropertyValue('trigger')?.toString() ?? null
				}
			];
		})
	);
}

test('a member subscribes to their own events; the feed follows a move and a cancellation; a new address ends the old one', async ({ browser, playwright }) => {
	const id = await makeEvent('Calendar feed: workshop', 10);
	const context = await browser.newContext({ baseURL: appUrl });
	const page = await context.newPage();
	await signIn(page, freshEmail('feed-member'), `/events/${id}/rsvp`);
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Done: you're going.")).toBeVisible();

	await page.goto('/me/settings');
	const section = page.getByRole('region', { name: 'Your events in your calendar' });
	const address = await section.getByLabel('Your private calendar address').inputValue();
	expect(address).toMatch(new RegExp(`^${appUrl}/calendar/me/[0-9a-f]{64}\\.ics$`));
	await expect(section.getByRole('link', { name: 'Subscribe in your calendar app' })).toHaveAttribute('href', address.replace(/^http:/, 'webcal:'));
	const google = new URL((await section.getByRole('link', { name: 'Subscribe in Google Calendar' }).getAttribute('href'))!);
	expect(google.searchParams.get('cid')).toBe(address.replace(/^http:/, 'webcal:'));
	await expectNoAxeViolations(page);

	// A calendar app, with no session, reads it: the event, reminded a day before (the default).
	const app = await playwright.request.newContext();
	const uid = `${id}@hearth`;
	let feed = await readFeed(app, address);
	expect(feed.get(uid)).toMatchObject({ summary: 'Calendar feed: workshop', status: 'CONFIRMED', alarm: '-P1D' });
	const firstSequence = feed.get(uid)!.sequence;

	// A single download carries the same UID, and the reminder the member chooses.
	await section.getByLabel('2 hours before').check();
	await section.getByRole('button', { name: 'Save reminder' }).click();
	await expect(page.getByText('Saved. Your calendar feed and new downloads remind you at this time.')).toBeVisible();
	const download = await readFeed(context.request, `/events/${id}/calendar.ics`);
	expect(download.get(uid)?.alarm).toBe('-PT2H');
	expect((await readFeed(app, address)).get(uid)?.alarm).toBe('-PT2H');

	// The organiser moves it a day, then cancels it: the same UID, a higher SEQUENCE each time.
	await sql(`update public.events set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' where id = $1`, [id]);
	feed = await readFeed(app, address);
	expect(feed.get(uid)!.sequence).toBeGreaterThan(firstSequence);
	const movedSequence = feed.get(uid)!.sequence;
	await sql(`update public.events set status = 'cancelled', cancel_reason = 'The venue is closed.' where id = $1`, [id]);
	feed = await readFeed(app, address);
	expect(feed.get(uid)).toMatchObject({ status: 'CANCELLED', alarm: null });
	expect(feed.get(uid)!.sequence).toBeGreaterThan(movedSequence);

	// Shared by mistake: a new address, and the old one answers "not found".
	await section.getByRole('button', { name: 'Get a new address' }).click();
	await expect(page.getByText('Done: you have a new calendar address and the old one no longer works.')).toBeVisible();
	const fresh = await section.getByLabel('Your private calendar address').inputValue();
	expect(fresh).not.toBe(address);
	expect((await app.get(address)).status()).toBe(404);
	expect((await readFeed(app, fresh)).has(uid)).toBe(true);
	expect((await app.get(`${appUrl}/calendar/me/${'0'.repeat(64)}.ics`)).status()).toBe(404);
	expect((await app.get(`${appUrl}/calendar/me/not-a-secret.ics`)).status()).toBe(404);
	await expectNoAxeViolations(page);

	// In Arabic, right to left.
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('region', { name: 'فعالياتك في تقويمك' })).toBeVisible();
	await expectNoAxeViolations(page);
	await app.dispose();
	await context.close();
});

test("a community's feed is offered on the events list: its published events, never a draft", async ({ page, playwright }) => {
	const published = await makeEvent('Calendar feed: community meetup', null);
	const [{ id: draft }] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
		 values ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', 'Calendar feed: a draft', now() + interval '8 days', now() + interval '8 days 2 hours', 'draft')
		 returning id`
	);
	await page.goto('/events');
	const section = page.getByRole('region', { name: "Keep a community's events in your calendar" });
	const link = section.getByRole('link', { name: 'Subscribe in your calendar app: Bristol Community Tech' });
	await expect(link).toHaveAttribute('href', `${appUrl.replace(/^http:/, 'webcal:')}/calendar/community/bristol-community-tech.ics`);

	const app = await playwright.request.newContext();
	const feed = await readFeed(app, `${appUrl}/calendar/community/bristol-community-tech.ics`);
	expect(feed.get(`${published}@hearth`)).toMatchObject({ summary: 'Calendar feed: community meetup', alarm: null });
	expect(feed.has(`${draft}@hearth`)).toBe(false);
	// Another community's events stay in its own feed.
	const manchester = await readFeed(app, `${appUrl}/calendar/community/manchester-tech-for-good.ics`);
	expect(manchester.has(`${published}@hearth`)).toBe(false);
	expect((await app.get(`${appUrl}/calendar/community/no-such-community.ics`)).status()).toBe(404);
	await app.dispose();
});
