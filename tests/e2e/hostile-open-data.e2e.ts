// Hostile input to the open data forms: a coordinator's map terms, and the owner's switch
// onto the open map. Refusals by the field (or the form), nothing written on a refusal,
// nothing injected, never a 5xx.
import { test } from '@playwright/test';
import { unknownEnums } from '../support/hostile';
import { sql } from './db';
import { bristol, holdsUnderHostileInput, personAs } from './hostile';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

test('a coordinator’s map terms take any input: refusals by the field, the terms unchanged on a refusal', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'coordinator');
	// A community of its own, so the other tests read Bristol's terms as the seed has them.
	const [{ id: community }] = await sql<{ id: string }>(`insert into public.communities (slug, name) values ($1, 'Zz Hostile Map') returning id`, [`zz-hostile-map-${Date.now()}`]);
	await sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'coordinator')`, [community, person.id]);
	try {
		await holdsUnderHostileInput('organise/open-data map', page, { person }, {
			path: () => `/organise/open-data/${community}?/map`,
			valid: () => ({ licence: 'CC-BY-SA-4.0', includes: 'Groups in the valley.', decidedBy: 'The coordinators, each month.', corrections: 'map@example.org' }),
			kinds: {
				licence: ['CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0', 'cc-by-4.0', 'MIT', 'CC-BY-4.0 ', ...unknownEnums],
				corrections: ['https://example.org/fix', 'http://example.org', 'javascript:alert(1)', 'a@b', `${'a'.repeat(200)}@example.org`, 'mailto:x@example.org', '']
			},
			errors: (data) => (data.errors as Record<string, string> | undefined) ?? {},
			rows: () => sql('select map_licence, map_includes, map_decided_by, map_corrections from public.communities where id = $1', [community]),
			allowedRedirect: (location) => location === `/organise/open-data/${community}?done=saved`
		}, 12);
	} finally {
		await sql('delete from public.communities where id = $1', [community]);
	}
});

test('the owner’s switch onto the open map takes any input: a refusal the form announces, nothing changed on a refusal', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	const [{ id: organisation }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes) values ($1, 'organisation', $2, 'Zz Hostile Switch', 'We help people get online.', '{online}') returning id`,
		[person.id, bristol]
	);
	try {
		await holdsUnderHostileInput('near-me/offer/organisation/[id] publish', page, { person }, {
			path: () => `/near-me/offer/organisation/${organisation}?/publish`,
			valid: () => ({ helper: organisation, published: 'false' }),
			kinds: {
				helper: ['00000000-0000-4000-8000-000000000000', organisation.toUpperCase(), `${organisation} `, 'not-a-uuid', ...unknownEnums],
				published: ['true', 'false', 'TRUE', 'yes', '1', '']
			},
			// Every refusal is about the switch as a whole: told once, above it.
			errors: (data): Record<string, string> => (data.publishError ? { form: data.publishError as string } : {}),
			related: { helper: ['form'], published: ['form'] },
			rows: () => sql('select published, community_id from public.helpers where id = $1', [organisation]),
			examples: true
		}, 10);
	} finally {
		await sql('delete from public.helpers where id = $1', [organisation]);
	}
});
