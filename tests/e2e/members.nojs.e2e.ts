// Joining a community whose organisers approve each member, and a listing's area moving
// once a day, as people meet them in a browser without JavaScript.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsAsServed } from './axe';
import { sql } from './db';
import { appUrl, freshEmail, signIn } from './session';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const userId = async (email: string) => (await sql<{ id: string }>('select id from auth.users where email = $1', [email]))[0].id;
let community: string;
const name = `Zz Approving Circle ${Date.now()}`;

test.beforeAll(async () => {
	[{ id: community }] = await sql<{ id: string }>(`insert into public.communities (slug, name, summary) values ($1, $2, 'A circle for this test.') returning id`, [
		`zz-approving-${Date.now()}`,
		name
	]);
});

// The other browser tests count the seed's communities.
test.afterAll(async () => {
	await sql('delete from public.communities where id = $1', [community]);
});

test('a coordinator chooses approval, a newcomer asks and waits, an organiser approves', async ({ browser }) => {
	const [coordinatorEmail, organiserEmail, newcomerEmail] = ['coordinator', 'organiser', 'newcomer'].map((role) => freshEmail(`members-${role}`));
	const pages = await Promise.all([0, 1, 2].map(async () => (await browser.newContext({ javaScriptEnabled: false })).newPage()));
	const [coordinator, organiser, newcomer] = pages;

	await signIn(coordinator, coordinatorEmail);
	await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'coordinator')`, [community, await userId(coordinatorEmail)]);
	await coordinator.goto(`/organise/members/${community}`);
	await coordinator.getByLabel('An organiser approves each new member').check();
	await coordinator.getByRole('button', { name: 'Save how people join' }).click();
	await expect(coordinator.locator('#main').getByRole('status')).toHaveText('Saved. The new joining rule applies to everyone who asks from now on.');
	await expectNoAxeViolationsAsServed(coordinator);

	await signIn(newcomer, newcomerEmail, '/welcome/community');
	await newcomer.getByLabel(`Ask to join ${name}`).check();
	await expect(newcomer.getByLabel(`Ask to join ${name}`)).toHaveAccessibleDescription(`The organisers of ${name} approve each new member. You wait for their approval before you can see who belongs.`);
	await newcomer.getByRole('button', { name: 'Save and go on' }).click();
	await newcomer.goto('/me');
	const waiting = `You have asked to join ${name}. An organiser will look at your request. Until they approve it, you can see what anyone can see, but not its members.`;
	await expect(newcomer.getByText(waiting)).toBeVisible();
	await expectNoAxeViolationsAsServed(newcomer);
	// The same notice right to left, in Arabic.
	const inArabic = await browser.newContext({ javaScriptEnabled: true, storageState: await newcomer.context().storageState() });
	await inArabic.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	const arabicPage = await inArabic.newPage();
	await arabicPage.goto(`${appUrl}/me`);
	await expect(arabicPage.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(arabicPage.getByText(`لقد طلبت الانضمام إلى ${name}.`)).toBeVisible();
	await expectNoAxeViolations(arabicPage);
	await inArabic.close();

	await signIn(organiser, organiserEmail);
	await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'organiser')`, [community, await userId(organiserEmail)]);
	await organiser.goto('/organise');
	const card = organiser.getByRole('region', { name });
	await expect(card.getByText('Asking to join: 1')).toBeVisible();
	await card.getByRole('link', { name: 'Members and who is asking to join' }).click();
	await expect(organiser.getByText('Anyone can join this community straight away.')).toHaveCount(0);
	await expect(organiser.getByText('Organisers approve each new member of this community. Coordinators can change this.')).toBeVisible();
	await expectNoAxeViolationsAsServed(organiser);
	await organiser.getByRole('button', { name: 'Approve' }).click();
	await expect(organiser.locator('#main').getByRole('status')).toHaveText('Approved. They are now a member and can see the other members.');
	await expect(organiser.getByText('Nobody is waiting for approval just now.')).toBeVisible();

	await newcomer.goto('/me');
	await expect(newcomer.getByText(waiting)).toHaveCount(0);
});

test('moving a listing’s area again the same day is refused by the field, saying when, keeping what was typed', async ({ page }) => {
	const email = freshEmail('members-mover');
	await signIn(page, email);
	const id = await userId(email);
	await sql(`insert into public.community_members (community_id, user_id) values ('11111111-1111-4111-8111-111111111111', $1)`, [id]);
	const [{ id: listing }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, display_name, summary, languages, modes, area, latitude, longitude)
		 values ($1, 'Moving Helper', 'I can help with phones and tablets.', '{en}', '{in_person}', 'Bristol', 51.4545, -2.5879) returning id`,
		[id]
	);
	await sql(`insert into public.helper_contacts (helper_id, channel, value) values ($1, 'email', 'mover@example.org')`, [listing]);

	await page.goto('/near-me/offer');
	await page.getByLabel('Your area').fill('Manchester');
	await page.getByLabel('What you can help with').fill('I can help with phones, tablets and laptops.');
	await page.getByRole('button', { name: 'Save my offer' }).click();
	await expect(page.getByLabel('Your area')).toHaveAccessibleDescription(/You can move your listing to a new area once a day\. You can move it again from .+ on .+\./);
	await expect(page.getByLabel('Your area')).toHaveValue('Manchester');
	await expect(page.getByLabel('What you can help with')).toHaveValue('I can help with phones, tablets and laptops.');
	await expectNoAxeViolationsAsServed(page);
});
