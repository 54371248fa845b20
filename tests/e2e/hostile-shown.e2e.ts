// HTML and script payloads saved in every text a person can write, then every page that
// shows that text to others, rendered in Chromium with JavaScript on (server render,
// hydration, the map's markers and popups): the payload shows as text, never as an element,
// and never runs. The calendar file and the JSON-LD carry it as data, intact.
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { htmlPayloads } from '../support/hostile';
import { sql } from './db';
import { bristol, personAs, type Person } from './hostile';

test.setTimeout(180_000);

const all = htmlPayloads.join(' ');
const p = (i: number, max: number) => htmlPayloads[i % htmlPayloads.length].slice(0, max);
/** Names unique to this run, so a page shows this run's rows. */
const tag = Date.now().toString(36);

/** Opens a page as this person and checks no payload made an element or ran; returns its text. */
async function visit(page: Page, path: string, before?: (page: Page) => Promise<void>) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await before?.(page);
	const found = await page.evaluate(() => ({
		injected: [...document.querySelectorAll('[data-hostile], [onerror], [onload], [onclick], a[href^="javascript:"]')].map((el) => el.outerHTML.slice(0, 120)),
		ran: (window as unknown as { __hostile?: number }).__hostile ?? null,
		text: document.body.innerText
	}));
	expect(found.injected, path).toEqual([]);
	expect(found.ran, path).toBeNull();
	return found.text;
}

async function asPerson(page: Page, person: Person) {
	await page.context().addCookies((await person.request.storageState()).cookies);
}

test('payloads written anywhere show as text wherever others see them', async ({ browser, playwright }) => {
	const [member, organiser, coordinator] = await Promise.all([personAs(playwright, 'member'), personAs(playwright, 'organiser'), personAs(playwright, 'coordinator')]);
	const others = await Promise.all([0, 1, 2].map(() => personAs(playwright, 'member')));

	await sql('update public.profiles set display_name = $2, pronouns = $3, bio = $4 where id = $1', [member.id, `M${tag} ${p(0, 60)}`, p(1, 40), all]);
	const [venue] = await sql<{ id: string }>(
		`insert into public.venues (community_id, name, address, town, access_note, transport_note, stops, latitude, longitude)
		 values ($1, $2, $3, 'Bristol', $4, $5, $6, 51.45, -2.59) returning id`,
		[bristol, `V ${p(6, 110)}`, p(2, 300), all, p(3, 1000), JSON.stringify([{ name: p(4, 120), mode: 'bus', lines: [p(5, 20)], walkMinutes: 3 }])]
	);
	const event = async (title: string, when: string) =>
		(
			await sql<{ id: string }>(
				`insert into public.events (community_id, venue_id, title, summary, description, who_for, cost_pence, cost_note, status, starts_at, ends_at, format)
				 values ($1, $2, $3, $4, $5, $6, 300, $7, 'published', now() + $8::interval, now() + $8::interval + interval '2 hours', 'hybrid') returning id`,
				[bristol, venue.id, title, p(7, 300), all, p(8, 500), p(9, 300), when]
			)
		)[0].id;
	const upcoming = await event(`Hostile${tag} ${p(1, 110)}`, '10 days');
	// Its feedback has closed (14 days after), so organisers are shown its answers.
	const past = await event(`Hostile past ${p(2, 120)}`, '-20 days');
	// The organiser hosts it, so the who's coming page can show them its access requests.
	await sql('update public.events set created_by = $1 where id = $2', [organiser.id, upcoming]);
	await sql(`insert into public.event_links (event_id, join_url) values ($1, 'https://meet.example.org/x?<b data-hostile>')`, [upcoming]);
	await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1), ($3, $2, 'going', 1)`, [upcoming, member.id, past]);
	await sql(`insert into public.access_requests (event_id, user_id, request) values ($1, $2, $3), ($4, $2, $3)`, [upcoming, member.id, all.slice(0, 1000), past]);
	for (const [i, who] of [member, ...others].entries()) {
		if (i) await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [past, who.id]);
		await sql(`insert into public.feedback (event_id, user_id, attended, rating, comment, barrier_note, anonymous) values ($1, $2, true, 4, $3, $4, $5)`, [past, who.id, p(i, 2000), p(i + 4, 1000), i > 0]);
	}
	const [listing] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, availability, area, modes, languages, latitude, longitude)
		 values ($1, 'member', $2, $3, $4, $5, $6, '{in_person,online}', '{en}', 51.45, -2.59) returning id`,
		[member.id, bristol, `H${tag} ${p(3, 60)}`, `${p(4, 480)} phones`, p(5, 300), p(6, 80)]
	);
	await sql(`insert into public.helper_contacts (helper_id, channel, value) values ($1, 'other', $2)`, [listing.id, p(7, 200)]);
	await sql(`insert into public.reports (helper_id, reporter_id, reason, note) values ($1, $2, 'unsafe', $3)`, [listing.id, others[0].id, all.slice(0, 1000)]);
	const [hidden] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes, languages, hidden_by_coordinator, hidden_reason)
		 values ($1, 'member', $2, $3, 'I can help with phones and laptops.', '{online}', '{en}', true, $4) returning id`,
		[others[1].id, bristol, `Hidden${tag} ${p(8, 50)}`, p(9, 500)]
	);

	const visitor = await browser.newPage();
	await visitor.route('https://*.openstreetmap.org/**', (route) => route.abort());
	expect(await visit(visitor, '/events')).toContain('Hostile');
	const eventText = await visit(visitor, `/events/${upcoming}`);
	expect(eventText).toContain(htmlPayloads[1]);
	expect(eventText).toContain(p(4, 120));
	// The JSON-LD is one script element whose data is the title, exactly.
	const jsonLd = await visitor.locator('script[type="application/ld+json"]').allTextContents();
	expect(jsonLd).toHaveLength(1);
	expect(JSON.parse(jsonLd[0]).name).toBe(`Hostile${tag} ${p(1, 110)}`);
	// The calendar file has one event, its summary the title as written.
	const ics = await visitor.request.get(`/events/${upcoming}/calendar.ics`);
	expect(ics.status()).toBe(200);
	const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
	expect(calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).toEqual([`Hostile${tag} ${p(1, 110)}`]);

	// Searched by its name, so it is not in a cluster of close markers.
	const nearMe = await visit(visitor, `/near-me?near=Bristol&within=5&q=H${tag}`, async (page) => {
		await page.getByRole('button', { name: 'Show on a map' }).click();
		// Its marker may be shared with others nearby: open each popup until one links to it.
		const markers = page.locator('.leaflet-marker-icon');
		await expect(markers.first()).toBeVisible();
		const link = page.locator('.leaflet-popup').getByRole('link', { name: `H${tag} ${p(3, 60)}` });
		for (let i = 0; i < (await markers.count()) && !(await link.count()); i++) {
			await markers.nth(i).focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('.leaflet-popup').last()).toBeVisible();
		}
		await expect(link).toBeVisible();
	});
	expect(nearMe).toContain(`H${tag} ${p(3, 60)}`);
	await visit(visitor, `/near-me/${listing.id}`);

	const signedIn = await browser.newPage();
	await asPerson(signedIn, others[2]);
	expect(await visit(signedIn, `/near-me/${listing.id}`)).toContain(p(7, 200));
	await asPerson(signedIn, member);
	expect(await visit(signedIn, '/me/events')).toContain(`Hostile${tag} ${p(1, 110)}`);
	expect(await visit(signedIn, '/me')).toContain(`M${tag} ${p(0, 60)}`);
	expect(await visit(signedIn, `/events/${upcoming}/rsvp`)).toContain('Hostile');

	const organising = await browser.newPage();
	await asPerson(organising, organiser);
	const people = await visit(organising, `/organise/people/${upcoming}`, async (page) => {
		await page.getByRole('button', { name: 'Read access requests' }).click();
		await expect(page.getByRole('region', { name: 'Access requests' }).getByRole('status')).toBeVisible();
	});
	expect(people).toContain(htmlPayloads[0]);
	expect(await visit(organising, `/organise/insights?event=${past}`)).toContain(htmlPayloads[1]);
	await visit(organising, `/organise/events/${upcoming}/edit`);
	await visit(organising, `/organise/venues/${venue.id}/edit`);
	await visit(organising, '/organise');

	const coordinating = await browser.newPage();
	await asPerson(coordinating, coordinator);
	const reports = await visit(coordinating, '/near-me/reports');
	expect(reports).toContain(htmlPayloads[2]);
	expect(reports).toContain(`Hidden${tag} ${p(8, 50)}`);

	const owner = await browser.newPage();
	await asPerson(owner, others[1]);
	expect(await visit(owner, `/near-me/${hidden.id}`)).toContain(p(9, 500));
	await visit(owner, '/near-me/offer');
});
