import ICAL from 'ical.js';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectScriptsKept } from './offline';
import { appUrl, signIn } from './session';
import { makeEvents } from './db';

// Seeded events (supabase/seed.sql), dated relative to the day the stack starts.
const libraryMeetup = 'Bristol Community Tech monthly meetup';
const chapelClinic = 'Website clinic for small charities';
const familiesMorning = 'Digital skills morning for families';
const onlineCall = 'Lunchtime online call: tech for good news';
const manchesterSocial = 'Tech for Good social';
const draft = 'Summer picnic (planning)';
const libraryMeetupPage = '/events/e0000000-0000-4000-8000-000000000001';

// Other tests add events in the coming week: the seed's show among the first 200, not always the first 20.
const cards = (page: Page) => page.getByRole('region', { name: 'Events that match' }).getByRole('article');
const card = (page: Page, title: string) => cards(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const setLanguage = (context: BrowserContext, lang: string) => context.addCookies([{ name: 'lang', value: lang, url: appUrl }]);

test('the list shows upcoming events grouped by day, and no drafts or past events', async ({ page }) => {
	await page.goto('/events?shown=200');
	await expect(card(page, libraryMeetup)).toHaveCount(1);
	await expect(card(page, onlineCall)).toContainText('Online');
	await expect(card(page, 'Repair café: laptops and phones')).toContainText('Cancelled');
	await expect(cards(page).filter({ hasText: draft })).toHaveCount(0);
	await expect(cards(page).filter({ hasText: '(last month)' })).toHaveCount(0);
	// One heading per day; the online call (in 2 days) comes before the meetup (in 6).
	const days = page.getByRole('region', { name: 'Events that match' }).getByRole('heading', { level: 2 });
	expect(await days.count()).toBeGreaterThanOrEqual(6);
	const titles = await cards(page).getByRole('heading', { level: 3 }).allTextContents();
	expect(titles.indexOf(onlineCall)).toBeLessThan(titles.indexOf(libraryMeetup));
	await expect(card(page, libraryMeetup)).toContainText('Step-free entrance');
	await expect(card(page, libraryMeetup)).toContainText('Free');
});

test('hydrating, the list takes the dates the server formatted instead of making them again', async ({ page }) => {
	// The page as sent, with the first card's served date changed: only the browser taking it shows it.
	await page.route('**/events', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(/("range [^"]+":")[^"]+"/, '$1Served by the server"');
		const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)));
		await route.fulfill({ response, headers, body: html });
	});
	await page.goto('/events');
	await expect(cards(page).first().locator('.when')).toHaveText('Served by the server');
	await expect(cards(page).nth(1).locator('.when')).not.toHaveText('Served by the server');
});

test('a member finds events that fit their saved needs, with unknown facts marked', async ({ page }) => {
	await signIn(page, 'member@example.org', '/events');
	await page.getByText('Filters', { exact: true }).click();
	await page.getByLabel('Use my saved needs').check();
	await page.getByRole('button', { name: 'Show events' }).click();
	await expect(page).toHaveURL(/mine=1/);
	// Other tests' events (a week ahead) come before the seed's: show the whole list.
	await page.goto(`${page.url()}&shown=200`);
	await expect(card(page, libraryMeetup)).toContainText('Fits your needs');
	await expect(card(page, chapelClinic)).toHaveCount(0);
	await expect(card(page, manchesterSocial)).toHaveCount(0);
	await expect(card(page, familiesMorning)).toContainText('Not confirmed: Hearing loop');
	await expect(card(page, onlineCall)).toHaveCount(1);
	await expect(page.getByLabel('Use my saved needs')).toBeChecked();
});

test('signed out, needs ticked on the page filter the list', async ({ page }) => {
	await page.goto('/events');
	await expect(page.getByLabel('Use my saved needs')).toHaveCount(0);
	await page.getByText('Filters', { exact: true }).click();
	await page.getByLabel('Step-free way in').check();
	await page.getByRole('button', { name: 'Show events' }).click();
	await expect(card(page, libraryMeetup)).toHaveCount(1);
	await expect(card(page, chapelClinic)).toHaveCount(0);
	await expect(page.getByLabel('Step-free way in')).toBeChecked();
});

test('near Bristol within 10 km keeps Bristol and online events, not Manchester', async ({ page }) => {
	await page.goto('/events?near=Bristol&within=10');
	await expect(card(page, libraryMeetup)).toContainText(/about \d+ km|less than 1 km/);
	await expect(card(page, onlineCall)).toHaveCount(1);
	await expect(card(page, manchesterSocial)).toHaveCount(0);
	await expect(page.getByLabel('Near a town or postcode')).toHaveValue('Bristol');
});

test('the list shows 20 events at first, and 20 more when asked, at the first new one', async ({ page }) => {
	const word = `Paging${Date.now().toString(36)}`;
	await makeEvents(word, 25);
	await page.goto(`/events?q=${word}`);
	await expect(cards(page)).toHaveCount(20);
	await expect(page.getByText('Showing 20 of 25 events')).toBeVisible();
	await page.getByRole('link', { name: 'Show more events' }).click();
	await expect(page).toHaveURL(new RegExp(`shown=40.*#event-`));
	await expect(cards(page)).toHaveCount(25);
	await expect(page.getByText('Showing 25 of 25 events')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Show more events' })).toHaveCount(0);
	// The page opens at the first of the new events: the 21st, in start order.
	await expect(card(page, `${word} 21`).getByRole('heading')).toBeInViewport();
});

test('a misspelt place suggests the right one', async ({ page }) => {
	await page.goto('/events');
	await page.getByText('Filters', { exact: true }).click();
	await page.getByLabel('Near a town or postcode').fill('Bristl');
	await page.getByRole('button', { name: 'Show events' }).click();
	await expect(page.getByRole('alert')).toContainText('We could not find “Bristl”');
	await page.getByRole('alert').getByRole('link', { name: 'Bristol', exact: true }).click();
	await expect(page).toHaveURL(/near=Bristol/);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an event page answers how to get there, bus first, and offers the calendar', async ({ page, request }) => {
	await page.goto(libraryMeetupPage);
	await expect(page.locator('h1')).toHaveText(libraryMeetup);
	await expect(page.locator('address')).toContainText('BS1 5TL');
	const travel = page.getByRole('region', { name: 'How to get there' });
	await expect(travel.getByRole('listitem').first()).toContainText('Bus: College Green');
	await expect(travel.getByRole('listitem').nth(1)).toContainText('Train: Bristol Temple Meads');
	await expect(page.getByText("You won't be asked to speak in front of the group.")).toBeVisible();
	await expect(page.getByText('Hearing loop: Yes')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Directions on OpenStreetMap' })).toHaveAttribute('href', /openstreetmap\.org\/directions/);
	await expect(page.getByRole('link', { name: 'Add to Google Calendar' })).toHaveAttribute('href', /calendar\.google\.com/);

	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
	expect(ld).toMatchObject({ '@type': 'Event', name: libraryMeetup, location: { '@type': 'Place' } });

	const ics = await request.get(`${libraryMeetupPage}/calendar.ics`);
	expect(ics.status()).toBe(200);
	expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(ics.headers()['content-disposition']).toMatch(/attachment; filename=".+\.ics"/);
	const text = await ics.text();
	expect(text).toContain('BEGIN:VEVENT');
	const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
	expect(new ICAL.Event(vevent).summary).toBe(libraryMeetup);
});

test('an online event hides its joining link from people who have not said they are coming', async ({ page }) => {
	await page.goto('/events/e0000000-0000-4000-8000-000000000002');
	await expect(page.getByText('You will see the joining link here after you say you are coming.')).toBeVisible();
	await expect(page.locator('a[href^="https://meet.example.org"]')).toHaveCount(0);
});

test('drafts and unknown events are a 404', async ({ page }) => {
	expect((await page.goto('/events/e0000000-0000-4000-8000-000000000008'))?.status()).toBe(404);
	expect((await page.goto('/events/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
	expect((await page.goto('/events/not-an-id'))?.status()).toBe(404);
});

test('the map loads Leaflet only after "Show map"', async ({ page }) => {
	const leafletLoads: string[] = [];
	const tiles: string[] = [];
	await page.route('https://tile.openstreetmap.org/**', (route) => {
		tiles.push(route.request().url());
		return route.abort();
	});
	const reads: Promise<void>[] = [];
	page.on('response', (response) => {
		if (!/\.(js|css)$/.test(new URL(response.url()).pathname)) return;
		reads.push(
			response.text().then((body) => {
				if (body.includes('leaflet-zoom-animated')) leafletLoads.push(response.url());
			})
		);
	});
	await page.goto(libraryMeetupPage);
	await page.waitForLoadState('networkidle');
	await Promise.all(reads);
	expect(reads.length).toBeGreaterThan(0);
	expect(leafletLoads).toEqual([]);
	expect(tiles).toEqual([]);

	await page.getByRole('button', { name: 'Show map' }).click();
	const map = page.getByRole('region', { name: 'Map of Central Library, Bristol' });
	await expect(map).toBeVisible();
	await expect.poll(() => leafletLoads.length).toBeGreaterThan(0);
	await expect.poll(() => tiles.length).toBeGreaterThan(0);
	await map.focus();
	await expect(map).toBeFocused();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
});

test('seen events stay readable offline', async ({ page, context }) => {
	await page.goto('/');
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
	await page.goto('/events?shown=200');
	await page.goto(libraryMeetupPage);
	await expect(page.locator('h1')).toHaveText(libraryMeetup);
	await expectScriptsKept(page);

	await context.setOffline(true);
	await page.goto('/events?shown=200');
	await expect(card(page, libraryMeetup)).toHaveCount(1);
	await page.goto(libraryMeetupPage);
	await expect(page.locator('h1')).toHaveText(libraryMeetup);
	await expect(page.locator('address')).toContainText('College Green');
	// Its JavaScript runs offline too: the map button only appears once the page has started.
	await expect(page.getByRole('button', { name: 'Show map' })).toBeVisible();
	await context.setOffline(false);
});

test('an event opened by a link in the app is readable offline too', async ({ page, context }) => {
	await page.goto('/events?shown=200');
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
	await card(page, libraryMeetup).getByRole('link', { name: libraryMeetup }).click();
	await expect(page.locator('h1')).toHaveText(libraryMeetup);
	// The worker keeps the page in the background; wait until it has.
	await expect.poll(() => page.evaluate((url) => caches.match(url).then((r) => !!r), libraryMeetupPage), { timeout: 15_000 }).toBe(true);
	// So is every script the two pages ran, those /events loaded before the worker took control too.
	await expectScriptsKept(page);

	await context.setOffline(true);
	await page.goto(libraryMeetupPage);
	await expect(page.locator('h1')).toHaveText(libraryMeetup);
	// Its JavaScript runs offline too: the map button only appears once the page has started.
	await expect(page.getByRole('button', { name: 'Show map' })).toBeVisible();
	await context.setOffline(false);
});

for (const lang of ['en', 'ar'] as const) {
	for (const signedIn of [false, true]) {
		test(`no axe violations on the list and an event page (${lang}, ${signedIn ? 'signed in' : 'signed out'})`, async ({ page, context }) => {
			await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
			if (signedIn) await signIn(page, 'member@example.org', '/events');
			await setLanguage(context, lang);
			await page.goto(`/events?near=Bristl&need=hasInductionLoop${signedIn ? '&mine=1' : ''}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('details')).toHaveAttribute('open', '');
			await expectNoAxeViolations(page);

			await page.goto('/events?near=Bristol&within=25');
			await expectNoAxeViolations(page);

			await page.goto(`${libraryMeetupPage}?need=captions`);
			await page.getByRole('button', { name: lang === 'en' ? 'Show map' : 'اعرض الخريطة' }).click();
			await expect(page.locator('.leaflet-container')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
}
