// A 1 MB form post, over adapter-node's BODY_SIZE_LIMIT (512 KB by default), to every form
// action: a 413 with a plain message in the person's language, never a 5xx, nothing saved.
import { expect, test } from '@playwright/test';
import { strings } from '../support/messages';
import { makeEvent, pastEventWith, sql } from './db';
import { bristol, formPost, personAs, shown } from './hostile';

test.use({ javaScriptEnabled: false });
test.setTimeout(180_000);

const megabyte = 'a'.repeat(1024 * 1024);
const text = { en: strings('en'), cy: strings('cy'), ar: strings('ar') };

test('every form action that reads its form answers a 1 MB post with a 413 and a plain, translated message', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'coordinator');
	const upcoming = await makeEvent(`Body limit ${Date.now()}`, 10);
	const past = await pastEventWith(`Body limit past ${Date.now()}`, 1, [person.email]);
	const [venue] = await sql<{ id: string }>(`insert into public.venues (community_id, name, created_by) values ($1, 'Body limit hall', $2) returning id`, [bristol, person.id]);
	const [listing] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Rhian Morgan'`);
	const [organisation] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, display_name, summary, modes, languages) values ($1, 'organisation', 'Body limit group', 'We help people online.', '{online}', '{en}') returning id`,
		[person.id]
	);
	// [path, a field of its form, 'endpoint' for a +server.ts that takes a form]
	const actions: [string, string, 'endpoint'?][] = [
		['/signin?/send', 'email'],
		['/signin?/verify', 'code'],
		['/language', 'returnTo'],
		['/welcome/community?/save', 'community'],
		['/welcome/interests?/save', 'topic'],
		['/welcome/access?/save', 'need'],
		['/welcome/area?/save', 'area'],
		['/me/profile', 'bio'],
		['/me/settings?/needs', 'need'],
		['/me/settings?/notifications', 'notification'],
		['/me/delete', 'confirm'],
		[`/events/${upcoming}/rsvp`, 'accessRequests'],
		['/rsvp/seen', 'returnTo', 'endpoint'],
		[`/events/${past}/feedback`, 'comment'],
		[`/near-me/${listing.id}?/report`, 'note'],
		['/near-me/offer?/save', 'summary'],
		['/near-me/offer?/pause', 'paused'],
		['/near-me/offer?/remove', 'confirm'],
		['/near-me/offer/organisation?/save', 'summary'],
		[`/near-me/offer/organisation/${organisation.id}?/save`, 'summary'],
		[`/near-me/offer/organisation/${organisation.id}?/pause`, 'paused'],
		[`/near-me/offer/organisation/${organisation.id}?/remove`, 'confirm'],
		[`/near-me/offer/organisation/${organisation.id}?/publish`, 'helper'],
		['/near-me/reports?/hide', 'reason'],
		['/near-me/reports?/show', 'reason'],
		['/organise/events/new?/save', 'description'],
		['/organise/events/new?/publish', 'description'],
		[`/organise/events/${upcoming}/edit?/save`, 'description'],
		[`/organise/events/${upcoming}/edit?/publish`, 'description'],
		[`/organise/events/${upcoming}/edit?/duplicate`, 'weeks'],
		[`/organise/events/${upcoming}/edit?/cancel`, 'reason'],
		[`/organise/people/${past}?/attendance`, 'member'],
		['/organise/venues/new?/save', 'accessNote'],
		['/organise/venues/new?/more', 'accessNote'],
		[`/organise/venues/${venue.id}/edit?/save`, 'accessNote'],
		[`/organise/venues/${venue.id}/edit?/more`, 'accessNote'],
		// The import's own upload answers with its own message (tests/e2e/hostile-import.e2e.ts); these read small forms.
		['/organise/import?/confirm', 'listing'],
		[`/organise/import/${crypto.randomUUID()}?/add`, 'duplicates'],
		[`/organise/open-data/${bristol}?/map`, 'includes'],
		[`/organise/open-data/${bristol}?/publish`, 'helper']
	];
	// Actions that read no form (skip, agree, delete, publish, register) never see the body: they only must not fail.
	for (const path of ['/welcome/community?/skip', '/welcome/charter?/agree', '/welcome/area?/skip', `/organise/events/${past}/edit?/delete`, `/organise/open-data/${bristol}?/register`]) {
		const response = await person.request.post(path, formPost([['x', megabyte]], 'html').options);
		expect(response.status(), path).toBeLessThan(500);
	}
	const before = await sql('select * from public.profiles where id = $1', [person.id]);
	for (const [i, [path, field, kind]] of actions.entries()) {
		const lang = (['en', 'cy', 'ar'] as const)[i % 3];
		const message = text[lang].get('error.tooLargeText');
		// Both ways of posting, in turn: as use:enhance does, and as a browser without JavaScript does.
		for (const [mode, encoding] of [i % 2 ? (['html', 'multipart'] as const) : (['json', 'urlencoded'] as const)]) {
			const { options, size } = formPost([[field, megabyte]], mode, encoding, { 'accept-language': lang });
			expect(size).toBeGreaterThan(1024 * 1024);
			const response = await person.request.post(path, options);
			expect(response.status(), `${path} (${mode}, ${encoding})`).toBe(413);
			if (kind === 'endpoint') {
				// An endpoint (+server.ts): Kit's own error page or JSON, with the same message.
				expect(await response.text()).toContain(mode === 'json' ? JSON.stringify({ message }) : message!.replace(/'/g, '&#39;'));
			} else if (mode === 'json') {
				expect(await response.json(), path).toEqual({ type: 'error', error: { message } });
			} else {
				const html = await response.text();
				const page$ = await shown(page, html);
				expect(page$.injected).toEqual([]);
				await expect(page.locator('h1')).toHaveText(text[lang].get('error.tooLargeHeading')!);
				await expect(page.getByRole('alert')).toHaveText(message!);
				await expect(page).toHaveTitle(new RegExp(`^${text[lang].get('error.tooLargeTitle')}`));
			}
		}
	}
	expect(await sql('select * from public.profiles where id = $1', [person.id])).toEqual(before);
});
