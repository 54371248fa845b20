// Open data as other maps and people meet it: the feeds' answers checked against the real
// schemas (Murmurations, HSDS 3.0), CORS and clear 400s on the Open Referral API, the
// Organization JSON-LD on an organisation's page, unpublishing taking it out of every feed,
// and the pages with axe in English and Arabic, signed out and signed in.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { sql } from './db';
import { startIndex } from './murmurations-index';
import { appUrl, freshEmail, signIn } from './session';
import { hsdsPageValidator, hsdsValidator, murmurationsValidator, problems } from '../standards/validate';

test.describe.configure({ mode: 'serial' });

const bristol = '11111111-1111-4111-8111-111111111111';
const name = `Zz Open Data Club ${Date.now()}`;
let org: string;

test.beforeAll(async () => {
	// An organisation of Bristol's, at its public address, with a name a spreadsheet would run.
	[{ id: org }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, topics, skills, languages, modes, area, address, latitude, longitude, exact_point, published)
		 values ('c0000000-0000-4000-8000-000000000013', 'organisation', $1, $2, '=1+1 and free help getting online.', '{digital-inclusion}', '{training}', '{en,cy}',
		         '{in_person}', 'Easton', '1 Open Street, Bristol', 51.4621, -2.5601, true, true) returning id`,
		[bristol, name]
	);
	await sql(`insert into public.helper_contacts (helper_id, channel, value) values ($1, 'email', 'club@example.org')`, [org]);
});

test.afterAll(async () => {
	await sql('delete from public.helpers where id = $1', [org]);
	await sql(`delete from public.helpers where display_name like 'Zz Open Data Waiting Import %'`);
});

const getJson = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) => {
	const response = await request.get(path, { headers });
	expect(response.status(), path).toBe(200);
	return (await response.json()) as Record<string, unknown>;
};

test('the index, downloads and Murmurations profile name what is published, under its licence', async ({ request }) => {
	const index = await getJson(request, '/open-data', { accept: 'application/json' });
	expect(await getJson(request, '/open-data.json')).toEqual(index);
	const feeds = index.feeds as { url: string; licences: { id: string }[] }[];
	expect(feeds.map((f) => f.url)).toContain(`${appUrl}/open-data/bristol-community-tech/events.jsonld`);
	expect(feeds.find((f) => f.url.endsWith('/bristol-community-tech/organisations.csv'))?.licences).toEqual([expect.objectContaining({ id: 'CC-BY-4.0' })]);

	const csv = await request.get('/open-data/organisations.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	const row = (await csv.text()).split('\r\n').find((line) => line.includes(name))!;
	expect(row).toContain("'=1+1 and free help");
	expect(row).toContain(',51.4621,-2.5601,');
	const json = (await getJson(request, '/open-data/bristol-community-tech/organisations.json')) as unknown as { name: string; email: string }[];
	expect(json.find((o) => o.name === name)?.email).toBe('club@example.org');

	const profile = await getJson(request, `/open-data/murmurations/${org}.json`);
	const validate = murmurationsValidator();
	expect(validate(profile), problems(validate).join('; ')).toBe(true);
	expect(profile).toMatchObject({ name, geolocation: { lat: 51.4621, lon: -2.5601 }, contact_details: { email: 'club@example.org' }, primary_url: `${appUrl}/near-me/${org}` });
	const list = await getJson(request, '/open-data/bristol-community-tech/murmurations.json');
	expect(list.profiles).toContainEqual({ name, profile_url: `${appUrl}/open-data/murmurations/${org}.json` });
});

test('Open Referral UK: every answer valid against HSDS 3.0, paginated, open to other sites, 400 for a bad page', async ({ request }) => {
	const about = await getJson(request, '/openreferral');
	expect(about.version).toBe('3.0');
	const page = hsdsPageValidator();
	const listed = hsdsValidator('compiled/service_list.json');
	const services = await request.get('/openreferral/services?per_page=100');
	expect(services.headers()['access-control-allow-origin']).toBe('*');
	const body = (await services.json()) as { contents: { id: string; name: string }[]; total_items: number };
	expect(page(body), problems(page).join('; ')).toBe(true);
	for (const item of body.contents) expect(listed(item), problems(listed).join('; ')).toBe(true);
	const service = body.contents.find((s) => s.name === name)!;
	expect(service).toBeTruthy();

	const full = await getJson(request, `/openreferral/services/${service.id}`);
	const serviceSchema = hsdsValidator('service.json');
	expect(serviceSchema(full), problems(serviceSchema).join('; ')).toBe(true);
	expect((full.languages as { code: string }[]).map((l) => l.code)).toEqual(['en', 'cy']);
	expect((full.attributes as { taxonomy_term: { code: string } }[]).map((a) => a.taxonomy_term.code)).toEqual(['digital-inclusion', 'training']);

	const organizations = await getJson(request, '/openreferral/organizations?page=1&per_page=1');
	expect(organizations).toMatchObject({ page_number: 1, size: 1, first_page: true, total_items: body.total_items });
	const organization = await getJson(request, `/openreferral/organizations/${org}`);
	const organizationSchema = hsdsValidator('organization.json');
	expect(organizationSchema(organization), problems(organizationSchema).join('; ')).toBe(true);
	const terms = await getJson(request, '/openreferral/taxonomy_terms?per_page=100');
	const term = hsdsValidator('taxonomy_term.json');
	for (const t of terms.contents as object[]) expect(term(t), problems(term).join('; ')).toBe(true);
	const taxonomies = await getJson(request, '/openreferral/taxonomies');
	expect(taxonomies.total_items).toBe(2);

	for (const bad of ['page=0', 'page=abc', 'per_page=1000', 'per_page=-5', 'page=1e3']) {
		const refused = await request.get(`/openreferral/services?${bad}`);
		expect(refused.status(), bad).toBe(400);
		expect(((await refused.json()) as { error: string }).error, bad).toMatch(/must be a whole number/);
	}
	expect((await request.get('/openreferral/services/not-a-uuid')).status()).toBe(404);
	const preflight = await request.fetch('/openreferral/services', { method: 'OPTIONS', headers: { origin: 'https://other.example', 'access-control-request-method': 'GET' } });
	expect(preflight.status()).toBe(204);
	expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
});

test('an organisation’s page carries schema.org Organization while published; taking it off empties every feed at once', async ({ page, request }) => {
	await page.goto(`/near-me/${org}`);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(ld).toMatchObject({ '@type': 'Organization', name, geo: { latitude: 51.4621, longitude: -2.5601 }, license: 'https://creativecommons.org/licenses/by/4.0/' });

	await sql('update public.helpers set published = false where id = $1', [org]);
	await page.reload();
	await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
	expect((await request.get(`/open-data/murmurations/${org}.json`)).status()).toBe(404);
	expect((await request.get(`/openreferral/organizations/${org}`)).status()).toBe(404);
	expect(await (await request.get('/open-data/organisations.csv')).text()).not.toContain(name);
	const services = (await getJson(request, '/openreferral/services?per_page=100')).contents as { name: string }[];
	expect(services.map((s) => s.name)).not.toContain(name);
	await sql('update public.helpers set published = true where id = $1', [org]);
});

async function checkPages(page: Page, arabic: boolean) {
	await page.goto('/open-data');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(arabic ? 'البيانات المفتوحة' : 'Open data');
	await expectNoAxeViolations(page);
	await page.goto('/open-data/bristol-community-tech');
	await expect(page.getByRole('link', { name })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' })).toBeVisible();
	await expectNoAxeViolations(page);
}

test('the open data pages, signed out and in, in English and Arabic', async ({ browser }) => {
	for (const arabic of [false, true]) {
		const context = await browser.newContext();
		if (arabic) await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
		await checkPages(await context.newPage(), arabic);
		await context.close();
	}
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, freshEmail('open-data-reader'));
	await checkPages(page, false);
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await checkPages(page, true);
	await context.close();
});

test('a coordinator sends the map’s profiles to the Murmurations index and reads what it said, in English and Arabic', async ({ page }) => {
	const index = await startIndex();
	try {
		const email = freshEmail('open-data-coordinator');
		await signIn(page, email);
		await sql(`insert into public.community_members (community_id, user_id, role) select $1, id, 'coordinator' from auth.users where email = $2`, [bristol, email]);
		// An imported listing still waiting for confirmation is looked after on the import page, not here.
		const waiting = `Zz Open Data Waiting Import ${Date.now()}`;
		await sql(
			`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes, languages, paused, imported_at, awaiting_confirmation)
			 select id, 'organisation', $1, $2, 'We help people get online.', '{online}', '{en}', true, now(), true from auth.users where email = $3`,
			[bristol, waiting, email]
		);
		await page.goto('/organise');
		await page.getByRole('region', { name: 'Bristol Community Tech' }).getByRole('link', { name: "Open data: the map's terms and who is published" }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bristol Community Tech: open data');
		await expect(page.getByText(`${name} · published`)).toBeVisible();
		await expect(page.getByText(waiting)).toHaveCount(0);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Send the profiles to the Murmurations index' }).click();
		const results = page.getByRole('status').filter({ hasText: 'What the index said' });
		await expect(results.getByRole('listitem').filter({ hasText: name })).toHaveText(`${name}: accepted (the index says: received)`);
		// Validated first, then its URL posted for the index to fetch.
		const validated = index.calls.findIndex((c) => c.path === '/v2/validate' && c.body.name === name);
		const posted = index.calls.findIndex((c) => c.path === '/v2/nodes' && c.body.profile_url === `${appUrl}/open-data/murmurations/${org}.json`);
		expect(validated).toBeGreaterThanOrEqual(0);
		expect(posted).toBeGreaterThan(validated);
		await expectNoAxeViolations(page);

		await page.context().addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bristol Community Tech: البيانات المفتوحة');
		await expectNoAxeViolations(page);
	} finally {
		await index.stop();
	}
});
