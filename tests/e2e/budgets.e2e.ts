// Size budgets (issue #9), from the production build these tests run against: bytes, not
// timings, so they are tests. tests/support/build-size.ts says how each figure is counted.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { budgets, buildSize, kib, type Total } from '../support/build-size.ts';
import { sql } from './db';
import { appUrl, freshEmail, signIn } from './session';

const size = buildSize(appUrl);
const eventId = 'e0000000-0000-4000-8000-000000000001';
const maps = { nearMe: 'src/lib/ui/directory/HelpersMap.svelte', event: 'src/lib/ui/events/VenueMap.svelte' };

const names = (total: Total) => total.files.map((f) => f.file);
const listed = (total: Total) => total.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KiB`).join('\n');

for (const [name, route] of [
	['Home', '/'],
	['Events', '/events'],
	['an event page', `/events/${eventId}`]
]) {
	test(`${name}: initial JS is at most ${budgets.initialJs} KiB gzip`, async () => {
		const js = await size.initialJs(route);
		expect(kib(js.gzip), listed(js)).toBeLessThanOrEqual(budgets.initialJs);
	});
}

/** Every JS file the page fetches, from the network or the service worker. */
function scriptsLoadedBy(page: Page) {
	const loaded = new Set<string>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.endsWith('.js') && path.startsWith('/_app/')) loaded.add(path.slice(1));
	});
	return loaded;
}

test(`Near me with the map open: at most ${budgets.nearMeWithMap} KiB gzip, and the browser loads what was counted`, async ({ page }) => {
	const route = '/near-me?near=BS5';
	const initial = await size.initialJs(route);
	const map = size.mapJs(maps.nearMe, initial);
	expect(kib(initial.gzip + map.gzip), `${listed(initial)}\n${listed(map)}`).toBeLessThanOrEqual(budgets.nearMeWithMap);
	expect(names(map)).toEqual(expect.arrayContaining(size.leafletChunks()));

	// The page loads exactly its initial JS, then what the layout loads once started.
	const loaded = scriptsLoadedBy(page);
	await page.goto(route);
	await page.evaluate(() => navigator.serviceWorker.ready);
	const beforeMap = [...names(initial), ...names(size.afterStart(initial))].sort();
	await expect.poll(() => [...loaded].sort()).toEqual(beforeMap);

	// Opening the map adds exactly the map's JS.
	await page.getByRole('button', { name: 'Show on a map' }).click();
	await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
	await expect.poll(() => [...loaded].filter((file) => !beforeMap.includes(file)).sort()).toEqual(names(map));
});

test(`the precache is at most ${budgets.precache} KiB gzip and holds no map`, async () => {
	const precache = await size.precache();
	expect(kib(precache.gzip), listed(precache)).toBeLessThanOrEqual(budgets.precache);
	// The shell: the offline page in each language with all its JS and what the layout loads
	// once started (the outbox), so the offline page and RSVPs made offline work; the manifest.
	expect(names(precache)).toEqual(expect.arrayContaining(['offline', 'offline/cy', 'offline/ar', 'manifest.webmanifest']));
	const offline = await size.initialJs('/offline');
	expect(names(precache)).toEqual(expect.arrayContaining([...names(offline), ...names(size.afterStart(offline))]));
	const home = await size.initialJs('/');

	const mapChunks = [...names(size.mapJs(maps.nearMe, home)), ...names(size.mapJs(maps.event, home))];
	expect(size.leafletChunks()).toContain(size.leafletManifestChunk());
	expect(mapChunks).toEqual(expect.arrayContaining(size.leafletChunks()));
	expect(names(precache).filter((file) => mapChunks.includes(file))).toEqual([]);
});

/** Leaflet is loaded on demand only, never with a page, whichever page it is. */
async function expectNoLeafletIn(routes: string[], headers: Record<string, string> = {}) {
	const leaflet = size.leafletChunks();
	expect(leaflet.length).toBeGreaterThan(0);
	for (const route of routes) {
		const js = await size.initialJs(route, headers);
		expect(js.files.length, route).toBeGreaterThan(0);
		expect(names(js).filter((file) => leaflet.includes(file)), route).toEqual([]);
	}
}

test('no page loads Leaflet with its initial JS', async () => {
	const [helper] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Rhian Morgan'`);
	await expectNoLeafletIn([
		'/',
		'/events',
		`/events/${eventId}`,
		'/near-me',
		'/near-me?near=BS5',
		`/near-me/${helper.id}`,
		'/me',
		'/signin',
		'/offline',
		'/offline/cy',
		'/offline/ar'
	]);
});

const cookieHeader = async (context: BrowserContext) =>
	(await context.cookies(appUrl)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

test('no page a member or an organiser reaches loads Leaflet with its initial JS', async ({ page, context }) => {
	const email = freshEmail('budgets');
	await signIn(page, email, '/me');
	// An organiser is a member who also reaches the organiser's pages.
	await sql(
		`insert into public.community_members (community_id, user_id, role)
		 select '11111111-1111-4111-8111-111111111111', id, 'organiser' from auth.users where email = $1`,
		[email]
	);
	const [helper] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Rhian Morgan'`);
	await expectNoLeafletIn(
		[
			'/me',
			'/me/events',
			'/me/profile',
			'/me/settings',
			'/me/delete',
			'/welcome/community',
			'/welcome/charter',
			'/welcome/interests',
			'/welcome/access',
			'/welcome/area',
			'/welcome/done',
			`/events/${eventId}/rsvp`,
			`/events/${eventId}/feedback`,
			'/near-me/offer',
			'/near-me/reports',
			`/near-me/${helper.id}`,
			'/organise',
			'/organise/events/new',
			'/organise/venues/new',
			`/organise/events/${eventId}/edit`,
			`/organise/people/${eventId}`,
			'/organise/insights'
		],
		{ cookie: await cookieHeader(context) }
	);
});
