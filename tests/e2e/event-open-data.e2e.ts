import { expect, test, type APIResponse } from '@playwright/test';
import { schemaErrors } from '../support/json-schemas';
import { schemaOrgProblems } from '../support/schema-org';
import { sql } from './db';
import { signIn } from './session';

// The open-data feed of a community's upcoming events, read as another site would, and
// attacked: what it must never carry is put in the database first, then looked for.
const bristol = '11111111-1111-4111-8111-111111111111';
const manchester = '22222222-2222-4222-8222-222222222222';
const library = 'b0000000-0000-4000-8000-000000000001';
const organiser = 'a0000000-0000-4000-8000-000000000003';
const member = 'a0000000-0000-4000-8000-000000000002';
const feed = '/open-data/bristol-community-tech/events.jsonld';
const draftId = 'e0000000-0000-4000-8000-000000000008';

type Item = { item: Record<string, unknown> & { name: string; '@id': string; eventStatus: string } };
const itemsOf = async (response: APIResponse) => ((await response.json()) as { itemListElement: Item[] }).itemListElement.map((e) => e.item);

/** An event in `community`, `days` from now, straight into the database. */
async function insertEvent(community: string, title: string, fields: { status?: string; format?: string; days?: number } = {}) {
	const online = fields.format === 'online';
	const [row] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, format, status, cancel_reason, created_by)
		 values ($1, $2, $3, 'A test event.', now() + make_interval(days => $4), now() + make_interval(days => $4, hours => 2), $5, $6,
		         case when $6 = 'cancelled' then 'Called off.' else '' end, $7)
		 returning id`,
		[community, online || community !== bristol ? null : library, title, fields.days ?? 3, fields.format ?? (community === bristol ? 'in_person' : 'online'), fields.status ?? 'published', organiser]
	);
	return row.id;
}

test('the feed is a valid schema.org ItemList of the upcoming events, open to any site, cached briefly', async ({ request }) => {
	const response = await request.get(feed, { headers: { origin: 'https://another-map.example' } });
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['content-type']).toBe('application/ld+json; charset=utf-8');
	expect(headers['access-control-allow-origin']).toBe('*');
	expect(headers['cache-control']).toBe('public, max-age=300');
	expect(headers['set-cookie']).toBeUndefined();
	const document = await response.json();
	expect(schemaErrors('schema-org-event-list.schema.json', document)).toEqual([]);
	expect(schemaOrgProblems(document)).toEqual([]);
	expect(document).toMatchObject({ '@type': 'ItemList', name: 'Upcoming events: Bristol Community Tech' });
	const items = await itemsOf(response);
	expect(document.numberOfItems).toBe(items.length);
	const names = items.map((item) => item.name);
	expect(names).toContain('Bristol Community Tech monthly meetup');
	expect(names).toContain('Funding bids: questions and answers');
	// Soonest first.
	const starts = items.map((item) => Date.parse(String(item.startDate)));
	expect(starts).toEqual([...starts].sort((a, b) => a - b));
	const meetup = items.find((item) => item['@id'].endsWith('/events/e0000000-0000-4000-8000-000000000001'));
	expect(meetup).toMatchObject({ maximumAttendeeCapacity: 30, location: { '@type': 'Place', name: 'Central Library, Bristol' }, organizer: { name: 'Bristol Community Tech' } });

	const preflight = await request.fetch(feed, { method: 'OPTIONS', headers: { origin: 'https://another-map.example', 'access-control-request-method': 'GET' } });
	expect(preflight.status()).toBe(204);
	expect(preflight.headers()['access-control-allow-origin']).toBe('*');
	expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
});

test('the feed never carries a draft, a deleted event, a past one, another community’s, or a joining link or access request', async ({ request }) => {
	const tag = `OD${Date.now().toString(36)}`;
	const draft = await insertEvent(bristol, `${tag} draft`, { status: 'draft' });
	const gone = await insertEvent(bristol, `${tag} cancelled then deleted`, { status: 'cancelled' });
	await sql('delete from public.events where id = $1', [gone]);
	await insertEvent(bristol, `${tag} last week`, { days: -7 });
	await insertEvent(manchester, `${tag} in Manchester`);
	const cancelled = await insertEvent(bristol, `${tag} cancelled`, { status: 'cancelled' });
	const online = await insertEvent(bristol, `${tag} online`, { format: 'online' });
	const moved = await insertEvent(bristol, `${tag} moved`);
	await sql(`update public.events set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' where id = $1`, [moved]);
	const secret = `https://meet.example.org/${tag}-secret-room`;
	await sql('insert into public.event_links (event_id, join_url, join_note) values ($1, $2, $3)', [online, secret, `${tag} passcode 4242`]);
	await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [online, member]);
	await sql('insert into public.access_requests (event_id, user_id, request) values ($1, $2, $3)', [online, member, `${tag} wheelchair space please`]);

	const response = await request.get(feed);
	const text = await response.text();
	const items = await itemsOf(response);
	const names = items.map((item) => item.name);
	expect(names).toContain(`${tag} online`);
	expect(items.find((item) => item.name === `${tag} cancelled`)?.eventStatus).toBe('https://schema.org/EventCancelled');
	expect(items.find((item) => item.name === `${tag} moved`)).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: expect.any(String) });
	expect(items.find((item) => item.name === `${tag} online`)?.location).toEqual({ '@type': 'VirtualLocation', url: expect.stringMatching(new RegExp(`/events/${online}$`)) });
	for (const never of [`${tag} draft`, draft, `${tag} cancelled then deleted`, gone, `${tag} last week`, `${tag} in Manchester`, 'Tech for Good social', 'Summer picnic', draftId, secret, 'meet.example.org', `${tag} passcode`, `${tag} wheelchair`]) {
		expect(text, never).not.toContain(never);
	}
	expect(items.map((item) => item['@id'])).toContainEqual(expect.stringContaining(cancelled));
});

test('an organiser signed in gets the same feed as anyone: never their community’s drafts', async ({ page }) => {
	const tag = `OD${Date.now().toString(36)}`;
	await insertEvent(bristol, `${tag} organiser's draft`, { status: 'draft' });
	await signIn(page, 'organiser@example.org', '/events');
	// Signed in, they see the seeded draft's page…
	expect((await page.request.get(`/events/${draftId}`)).status()).toBe(200);
	// …and not in the feed.
	const response = await page.request.get(feed);
	expect(response.status()).toBe(200);
	const text = await response.text();
	expect(text).not.toContain(`${tag} organiser's draft`);
	expect(text).not.toContain(draftId);
});

test('an unknown or forged community is a 404, and says so', async ({ request }) => {
	const forged = [
		'/open-data/no-such-community/events.jsonld',
		'/open-data/BRISTOL-COMMUNITY-TECH/events.jsonld',
		`/open-data/${draftId}/events.jsonld`,
		`/open-data/${bristol}/events.jsonld`,
		'/open-data/bristol-community-tech%27%20or%20%271%27=%271/events.jsonld',
		'/open-data/bristol-community-tech,manchester-tech-for-good/events.jsonld',
		'/open-data/bristol-*/events.jsonld',
		'/open-data/bristol-community-tech%00/events.jsonld',
		`/open-data/${'a'.repeat(61)}/events.jsonld`
	];
	for (const path of forged) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(404);
		expect(await response.json(), path).toEqual({ message: 'There is no community at this address.' });
	}
	// The other community's own feed is its own.
	const other = await itemsOf(await request.get('/open-data/manchester-tech-for-good/events.jsonld'));
	expect(other.map((item) => item.name)).toContain('Tech for Good social');
	expect(other.map((item) => item.name)).not.toContain('Bristol Community Tech monthly meetup');
});

test("the event page's JSON-LD is one valid Event, whatever the title, and never the joining link", async ({ page }) => {
	const tag = `OD${Date.now().toString(36)}`;
	const title = `${tag} </script><script>window.pwned = 1</script><!--`;
	const id = await insertEvent(bristol, title, { format: 'online' });
	const secret = `https://meet.example.org/${tag}-page-room`;
	await sql('insert into public.event_links (event_id, join_url) values ($1, $2)', [id, secret]);
	await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [id, member]);
	// As someone going, who sees the joining link on the page: it is still not in the JSON-LD.
	await signIn(page, 'member@example.org', `/events/${id}`);
	await expect(page.locator(`a[href="${secret}"]`)).toHaveCount(1);
	const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
	expect(scripts).toHaveLength(1);
	const document = JSON.parse(scripts[0]);
	expect(document.name).toBe(title);
	expect(scripts[0]).not.toContain(secret);
	expect(schemaErrors('schema-org-event.schema.json', document)).toEqual([]);
	expect(schemaOrgProblems(document)).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
