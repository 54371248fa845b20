// Publishing without JavaScript: an owner puts their organisation on the open map from its
// form and takes it off; a forged post for someone else's listing changes nothing; a
// coordinator sets the map's terms, with messages by the field that keep what was typed.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsAsServed } from './axe';
import { sql } from './db';
import { appUrl, freshEmail, signIn } from './session';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const bristol = '11111111-1111-4111-8111-111111111111';

const userId = async (email: string) => (await sql<{ id: string }>('select id from auth.users where email = $1', [email]))[0].id;

async function organisationOf(email: string, name: string, community: string | null = bristol) {
	const owner = await userId(email);
	await sql(`insert into public.community_members (community_id, user_id) values ($1, $2) on conflict do nothing`, [bristol, owner]);
	const [{ id }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes) values ($1, 'organisation', $2, $3, 'Free help getting online, every week.', '{online}') returning id`,
		[owner, community, name]
	);
	return id;
}

test('an owner publishes their organisation from its form, reading first what becomes public, and takes it off again', async ({ page }) => {
	const email = freshEmail('open-data-owner');
	const name = `Zz Published Club ${Date.now()}`;
	await signIn(page, email);
	const id = await organisationOf(email, name, null);

	await page.goto(`/near-me/offer/organisation/${id}`);
	const section = page.getByRole('region', { name: 'On the open map' });
	await expect(section).toContainText('Choose the community whose open map it goes on.');
	await expect(section).toContainText('a phone number is never published');
	await expectNoAxeViolationsAsServed(page);
	await section.getByLabel('Community').selectOption({ label: 'Bristol Community Tech' });
	await section.getByRole('button', { name: `Publish ${name} on the open map` }).click();

	await expect(section.getByRole('status')).toHaveText('It is published now.');
	await expect(section).toContainText('under the licence Creative Commons Attribution 4.0 International.');
	await expectNoAxeViolationsAsServed(page);
	await expectNoAxeViolationsAsServed(page, 'ar');
	await page.goto('/open-data/bristol-community-tech');
	await expect(page.getByRole('link', { name })).toBeVisible();

	await page.goto(`/near-me/offer/organisation/${id}`);
	await section.getByRole('button', { name: `Take ${name} off the open map` }).click();
	await expect(section.getByRole('status')).toHaveText('It is not published.');
	await page.goto('/open-data/bristol-community-tech');
	await expect(page.getByRole('link', { name })).toHaveCount(0);
	await sql('delete from public.helpers where id = $1', [id]);
});

test('a forged post to publish someone else’s listing, or a member’s, changes nothing', async ({ page }) => {
	const victim = freshEmail('open-data-victim');
	const attacker = freshEmail('open-data-attacker');
	await signIn(page, victim);
	const theirs = await organisationOf(victim, `Zz Not Yours ${Date.now()}`);
	await page.context().clearCookies();
	await signIn(page, attacker);
	const mine = await organisationOf(attacker, `Zz Mine ${Date.now()}`);
	const [{ id: member }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, community_id, display_name, summary, modes) values ($1, $2, 'Zz Just Me', 'I help people with phones.', '{online}') returning id`,
		[await userId(attacker), bristol]
	);

	// As a browser posts a form (text/html): the page, with the action's status.
	const post = (path: string, helper: string) =>
		page.request.post(`${path}?/publish`, { form: { helper, published: 'true' }, headers: { origin: appUrl, accept: 'text/html' }, maxRedirects: 0 });
	// Through someone else's form: not theirs, a 404. Through their own form, naming another listing: refused.
	expect((await post(`/near-me/offer/organisation/${theirs}`, theirs)).status()).toBe(404);
	expect((await post(`/near-me/offer/organisation/${mine}`, theirs)).status()).toBe(400);
	expect((await post(`/near-me/offer/organisation/${mine}`, member)).status()).toBe(400);
	// The coordinators' page is for coordinators only.
	expect((await post(`/organise/open-data/${bristol}`, theirs)).status()).toBeGreaterThanOrEqual(300);
	const rows = await sql<{ published: boolean }>('select published from public.helpers where id = any($1)', [[theirs, member]]);
	expect(rows.map((r) => r.published)).toEqual([false, false]);
	await sql('delete from public.helpers where id = any($1)', [[theirs, mine, member]]);
});

test('a coordinator sets the map’s terms: a wrong contact is told by its field, with what was typed kept', async ({ page }) => {
	const slug = `zz-open-map-${Date.now()}`;
	const [{ id: community }] = await sql<{ id: string }>(`insert into public.communities (slug, name) values ($1, 'Zz Open Map') returning id`, [slug]);
	try {
		const email = freshEmail('open-data-terms');
		await signIn(page, email);
		await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'coordinator')`, [community, await userId(email)]);
		await page.goto(`/organise/open-data/${community}`);
		await expect(page.getByRole('radio', { name: /^Creative Commons Attribution 4.0 International/ })).toBeChecked();
		await expectNoAxeViolationsAsServed(page);

		await page.getByRole('radio', { name: /^CC0 1.0 Universal/ }).check();
		await page.getByLabel('What the map includes').fill('Groups in the Zz valley that chose to be on it.');
		await page.getByLabel('Contact for corrections').fill('not a contact');
		await page.getByRole('button', { name: "Save the map's terms" }).click();
		await expect(page.getByLabel('Contact for corrections')).toHaveAccessibleDescription(/Give an email address, or a web page starting with https:\/\//);
		await expect(page.getByLabel('What the map includes')).toHaveValue('Groups in the Zz valley that chose to be on it.');
		await expect(page.getByRole('radio', { name: /^CC0 1.0 Universal/ })).toBeChecked();
		await expectNoAxeViolationsAsServed(page);

		await page.getByLabel('Contact for corrections').fill('map@example.org');
		await page.getByRole('button', { name: "Save the map's terms" }).click();
		await expect(page.locator('#main').getByRole('status')).toHaveText("The map's terms are saved.");
		await expectNoAxeViolationsAsServed(page, 'ar');

		await page.getByRole('link', { name: "The map's public page" }).click();
		await expect(page.getByText('Groups in the Zz valley that chose to be on it.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'CC0 1.0 Universal' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'map@example.org' })).toHaveAttribute('href', 'mailto:map@example.org');
		await expectNoAxeViolationsAsServed(page);
		await expectNoAxeViolationsAsServed(page, 'ar');
	} finally {
		await sql('delete from public.communities where id = $1', [community]);
	}
});
