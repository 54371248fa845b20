// WCAG 1.4.10 reflow: every page fits a 320 px wide screen without scrolling sideways,
// signed out and as each kind of person, in a left-to-right and a right-to-left language.
// Tables and charts may scroll inside their own box; the page itself may not.
import { expect, test } from '@playwright/test';
import { sql } from './db';
import { appUrl, signIn } from './session';

const bristol = '11111111-1111-4111-8111-111111111111';
const upcoming = 'e0000000-0000-4000-8000-000000000001';
const draft = 'e0000000-0000-4000-8000-000000000008';
const lastWeek = 'e0000000-0000-4000-8000-000000000010';
const library = 'b0000000-0000-4000-8000-000000000001';

/** A closed event with released figures and long words (one unbroken, as pasted), so insights and the organise page show everything they can. */
async function releasedEvent() {
	const [event] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status, created_by)
		 values ($1, $2, 'Reflow test: communitybroadbandcooperativesandtheirratherlongunbrokennames',
		   now() - interval '20 days 2 hours', now() - interval '20 days', 'published', 'a0000000-0000-4000-8000-000000000003') returning id`,
		[bristol, library]
	);
	const people = await sql<{ id: string }>(
		`insert into auth.users (email, email_confirmed_at) select 'reflow-' || n || '-' || $1 || '@example.org', now()
		 from generate_series(1, 3) n returning id`,
		[Date.now()]
	);
	for (const [i, p] of people.entries()) {
		await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [event.id, p.id]);
		await sql(
			`insert into public.feedback (event_id, user_id, attended, rating, felt_welcome, took_part, barriers, suggestions, comment)
			 values ($1, $2, true, 4, 'yes', 'partly', '{transport,stepFreeEntrance,hasInductionLoop}', '{closerToTransport,quieterRoom}', $3)`,
			[event.id, p.id, `Reflow comment ${i}: https://example.org/averyveryverylongaddresswithoutanyspacesatall/${'x'.repeat(60)}`]
		);
	}
	return event.id;
}

async function pages(lang: string) {
	const [helper] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Rhian Morgan'`);
	// One organisation of the demo member's, made by the first test that needs it (a member may list only 10).
	await sql(
		`insert into public.helpers (user_id, kind, display_name, summary, modes, languages)
		 select 'a0000000-0000-4000-8000-000000000002', 'organisation', 'Reflow test group', 'We help people online.', '{online}', '{en}'
		 where not exists (select 1 from public.helpers where display_name = 'Reflow test group')`
	);
	const [organisation] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Reflow test group' limit 1`);
	const released = await releasedEvent();
	return [
		'/',
		'/events',
		`/events/${upcoming}`,
		`/events/${upcoming}/rsvp`,
		`/events/${lastWeek}/feedback`,
		'/near-me',
		`/near-me/${helper.id}`,
		'/near-me/offer',
		'/near-me/offer/organisation',
		`/near-me/offer/organisation/${organisation.id}`,
		'/near-me/reports',
		'/me',
		'/me/events',
		'/me/profile',
		'/me/settings',
		'/me/delete',
		'/welcome/charter',
		'/welcome/interests',
		'/welcome/access',
		'/welcome/area',
		'/welcome/community',
		'/welcome/done',
		'/organise',
		'/organise/events/new',
		`/organise/events/${upcoming}/edit`,
		`/organise/events/${draft}/publish`,
		`/organise/people/${upcoming}`,
		`/organise/members/${bristol}`,
		'/organise/venues/new',
		`/organise/venues/${library}/edit`,
		'/organise/insights',
		`/organise/insights?event=${released}`,
		`/organise/insights?event=${lastWeek}`,
		'/signin',
		'/goodbye',
		// The offline pages are prerendered once per language, so the URL names it.
		lang === 'en' ? '/offline' : `/offline/${lang}`,
		'/no-such-page'
	];
}

// One of each kind that sees different pages: a newcomer's are a member's, a coordinator's an organiser's.
const people = [null, 'member@example.org', 'organiser@example.org'];

test.use({ viewport: { width: 320, height: 720 } });

for (const lang of ['en', 'ar']) {
	for (const person of people) {
		test(`every page fits 320 px, ${person ?? 'signed out'}, ${lang}`, async ({ page }) => {
			test.setTimeout(120_000);
			const routes = await pages(lang);
			if (person) await signIn(page, person, '/');
			await page.context().addCookies([{ name: 'lang', value: lang, url: appUrl }]);
			const overflowing: string[] = [];
			for (const route of routes) {
				await page.goto(route);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const { scrollWidth, clientWidth } = await page.evaluate(() => {
					const root = document.scrollingElement!;
					return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
				});
				if (scrollWidth > clientWidth) overflowing.push(`${route} (${new URL(page.url()).pathname}): ${scrollWidth - clientWidth} px too wide`);
			}
			expect(overflowing).toEqual([]);
		});
	}
}
