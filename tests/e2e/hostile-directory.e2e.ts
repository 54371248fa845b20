// Hostile input to the directory's forms: offering help, pausing, reporting a listing, and
// coordinators hiding and showing listings.
import { expect, test } from '@playwright/test';
import { unknownEnums } from '../support/hostile';
import { sql } from './db';
import { holdsUnderHostileInput, listingBySomeoneElse, personAs, post, searchHoldsUnderHostileInput } from './hostile';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

const listingRows = (userId: string | null) =>
	sql(
		`select h.display_name, h.summary, h.topics, h.skills, h.languages, h.modes, h.availability, h.area, h.paused, h.updated_at, c.channel, c.value
		 from public.helpers h left join public.helper_contacts c on c.helper_id = h.id where h.user_id = $1`,
		[userId]
	);

// What the listing forms (a person's, an organisation's) share under hostile input.
const listingForm = {
	// Errors whose field is not the control's name ("modes" is shown by the "mode" choices).
	controls: { modes: 'mode', languages: 'language' },
	related: { contact_channel: ['contact_value'], mode: ['area'], area: ['area'] },
	errors: (data: Record<string, unknown>) => data.errors as Record<string, string>
};
const listingMinimums = { display_name: 2, summary: 10, contact_value: 3 };
const pausedKinds = { paused: ['true', 'false', 'TRUE', '1', 'on', ''] };
const removeErrors = (data: Record<string, unknown>): Record<string, string> => (data.removeError ? { confirm: data.removeError as string } : {});

test('the offer form takes any input: a refusal by the field, never a listing without its contact', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await holdsUnderHostileInput('near-me/offer save', page, { person }, {
		path: () => '/near-me/offer?/save',
		valid: () => ({
			display_name: 'Hostile Helper',
			summary: 'I can help set up phones and tablets.',
			topic: ['digital-inclusion', 'older-people'],
			skill: ['training'],
			language: ['en', 'cy'],
			mode: ['online', 'phone'],
			availability: 'Weekday evenings',
			area: 'Bristol',
			contact_channel: 'email',
			contact_value: 'helper@example.org'
		}),
		kinds: {
			topic: ['digital-inclusion', 'racism', ...unknownEnums],
			skill: ['web', 'data', ...unknownEnums],
			language: ['en', 'ar', 'xx', 'EN', 'eng', ...unknownEnums],
			mode: ['in_person', 'online', 'phone', 'carrier_pigeon', ...unknownEnums],
			area: ['BS1', 'BS5 6XX', 'Narnia', 'bristol', 'SW1A 1AA', 'Caerdydd'],
			contact_channel: ['email', 'phone', 'link', 'other', 'fax', ...unknownEnums],
			contact_value: ['+44 117 000 0000', 'https://example.org', 'http://example.org', 'javascript:alert(1)', 'a@b', '😀a', 'ab', '07700 900000', 'me\u0085x@example.org']
		},
		...listingForm,
		minimums: listingMinimums,
		rows: ({ person }) => listingRows(person.id),
		accepted: async ({ person }) => expect((await listingRows(person.id)).every((row) => row.value !== null)).toBe(true)
	}, 12);
});

// U+0085 is a space to Postgres's regular expressions, not to JavaScript's: the form passed the
// address, the database refused it after the listing was written. A 500, and a listing with no contact.
test('a new offer whose address hides a U+0085 is saved whole, or not at all', async ({ playwright }) => {
	const person = await personAs(playwright, 'member');
	const answer = await post(person.request, '/near-me/offer?/save', [['display_name', 'Nel Helper'], ['summary', 'I can help with phones.'], ['language', 'en'], ['mode', 'online'], ['contact_channel', 'email'], ['contact_value', 'me\u0085x@example.org']], 'json');
	expect(answer.status).toBeLessThan(500);
	expect(await listingRows(person.id)).toEqual([expect.objectContaining({ display_name: 'Nel Helper', value: 'mex@example.org' })]);
});

test('pausing a listing takes only true or false', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await sql(
		`insert into public.helpers (user_id, kind, display_name, summary, modes, languages) values ($1, 'member', 'Pausing Helper', 'I can help with phones and laptops.', '{online}', '{en}')`,
		[person.id]
	);
	await holdsUnderHostileInput('near-me/offer pause', page, { person }, {
		path: () => '/near-me/offer?/pause',
		valid: () => ({ paused: 'true' }),
		kinds: pausedKinds,
		errors: () => ({}),
		rows: ({ person }) => listingRows(person.id),
		examples: false
	}, 6);
});

const organisationRows = (userId: string | null) =>
	sql(
		`select h.id, h.display_name, h.summary, h.address, h.area, h.exact_point, h.paused, h.updated_at, c.channel, c.value
		 from public.helpers h left join public.helper_contacts c on c.helper_id = h.id
		 where h.user_id = $1 and h.kind = 'organisation' order by h.created_at`,
		[userId]
	);
const organisationForm = () => ({
	display_name: 'Hostile Hall',
	summary: 'Drop-in help with phones and forms.',
	topic: ['digital-inclusion'],
	language: ['en', 'ar'],
	mode: ['in_person', 'phone'],
	availability: 'Weekdays, 10 to 4',
	address: '1 Public Street, Bristol',
	area: 'BS5',
	contact_channel: 'link',
	contact_value: 'https://example.org/hall'
});
const organisationKinds = {
	mode: ['in_person', 'online', 'phone', 'carrier_pigeon', ...unknownEnums],
	area: ['BS1', 'BS5 6XX', 'Narnia', 'bristol', 'SW1A 1AA', ''],
	address: ['', 'x'.repeat(201), '1 High Street\n2nd floor'],
	contact_channel: ['email', 'phone', 'link', 'other', 'fax', ...unknownEnums]
};

test('listing an organisation takes any input: a refusal by the field, never half a listing', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await holdsUnderHostileInput('near-me/offer/organisation save', page, { person }, {
		path: () => '/near-me/offer/organisation?/save',
		// Each run starts with none, so the limit of 10 is never what refuses.
		before: async ({ person }) => void (await sql(`delete from public.helpers where user_id = $1 and kind = 'organisation'`, [person.id])),
		valid: organisationForm,
		kinds: organisationKinds,
		...listingForm,
		minimums: listingMinimums,
		rows: ({ person }) => organisationRows(person.id),
		allowedRedirect: (location) => /^\/near-me\/offer\/organisation\/[0-9a-f-]{36}\?saved$/.test(location),
		accepted: async ({ person }) => expect((await organisationRows(person.id)).every((row) => row.value !== null)).toBe(true)
	}, 10);
});

test("changing, pausing and removing an organisation's listing take any input", async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	const ctx = { person, organisation: '' };
	// A fresh listing before each run: removing one is what some runs do.
	const fresh = async () => {
		await sql(`delete from public.helpers where user_id = $1 and kind = 'organisation'`, [person.id]);
		const [row] = await sql<{ id: string }>(
			`insert into public.helpers (user_id, kind, display_name, summary, modes, languages, area) values ($1, 'organisation', 'Hostile Hall', 'Drop-in help with phones.', '{phone}', '{en}', '') returning id`,
			[person.id]
		);
		await sql(`insert into public.helper_contacts (helper_id, channel, value) values ($1, 'phone', '0117 496 0000')`, [row.id]);
		ctx.organisation = row.id;
	};
	const common = { before: fresh, rows: () => organisationRows(person.id) };
	await holdsUnderHostileInput('near-me/offer/organisation/[id] save', page, ctx, {
		...common,
		path: (c) => `/near-me/offer/organisation/${c.organisation}?/save`,
		valid: organisationForm,
		kinds: organisationKinds,
		...listingForm
	}, 8);
	await holdsUnderHostileInput('near-me/offer/organisation/[id] pause', page, ctx, {
		...common,
		path: (c) => `/near-me/offer/organisation/${c.organisation}?/pause`,
		valid: () => ({ paused: 'true' }),
		kinds: pausedKinds,
		errors: () => ({}),
		examples: false
	}, 6);
	await holdsUnderHostileInput('near-me/offer/organisation/[id] remove', page, ctx, {
		...common,
		path: (c) => `/near-me/offer/organisation/${c.organisation}?/remove`,
		valid: () => ({ confirm: 'yes' }),
		kinds: { confirm: ['yes', 'no', 'YES', 'true', ''] },
		errors: removeErrors,
		allowedRedirect: (location) => location === '/near-me/offer?removed'
	}, 8);
});

test('removing one\'s own listing takes only a ticked box', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	const ensure = async () => {
		await sql(
			`insert into public.helpers (user_id, kind, display_name, summary, modes, languages) values ($1, 'member', 'Leaving Helper', 'I can help with phones and laptops.', '{online}', '{en}')
			 on conflict do nothing`,
			[person.id]
		);
	};
	await holdsUnderHostileInput('near-me/offer remove', page, { person }, {
		path: () => '/near-me/offer?/remove',
		before: ensure,
		valid: () => ({ confirm: 'yes' }),
		kinds: { confirm: ['yes', 'no', 'YES', 'true', ''] },
		errors: removeErrors,
		rows: ({ person }) => listingRows(person.id)
	}, 8);
});

test('reporting a listing takes any reason and note: a refusal by the field, no report half-made', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	const listing = await listingBySomeoneElse();
	await holdsUnderHostileInput('near-me report', page, { person }, {
		path: () => `/near-me/${listing}?/report`,
		valid: () => ({ reason: 'spam', note: 'Looks like an advert.' }),
		kinds: { reason: ['wrong', 'unsafe', 'spam', 'unkind', 'other', ...unknownEnums] },
		errors: (data) => {
			const report = data.report as { error?: string } | undefined;
			return report?.error ? { [report.error === 'directory.errors.noteTooLong' ? 'note' : 'reason']: report.error } : {};
		},
		rows: ({ person }) => sql('select reason, note, status from public.reports where helper_id = $1 and reporter_id = $2 order by created_at', [listing, person.id])
	}, 10);
});

for (const action of ['hide', 'show'] as const) {
	test(`coordinators ${action} listings with any reason: a refusal by the form, reports closed only when it worked`, async ({ page, playwright }) => {
		const person = await personAs(playwright, 'coordinator');
		const listing = await listingBySomeoneElse('Reported Helper');
		await holdsUnderHostileInput(`near-me/reports ${action}`, page, { person }, {
			path: () => `/near-me/reports?/${action}`,
			valid: () => ({ helper: listing, reason: 'Advertising, not help.' }),
			kinds: { helper: ['00000000-0000-4000-8000-000000000000', listing.toUpperCase(), `${listing} `, 'not-a-uuid', ...unknownEnums] },
			errors: (data) => (data.errors as Record<string, string> | undefined) ?? {},
			rows: () => sql('select h.hidden_by_coordinator, h.hidden_reason, (select array_agg(status) from public.reports r where r.helper_id = h.id) from public.helpers h where h.id = $1', [listing])
		}, 8);
	});
}

test('the near-me search takes any query: never a 5xx, nothing injected', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await searchHoldsUnderHostileInput('near-me search', page, person, '/near-me', {
		near: 'Bristol',
		within: '10',
		topic: ['digital-inclusion'],
		skill: ['web'],
		language: ['cy'],
		mode: ['online'],
		q: 'phones',
		lat: '51.45',
		lng: '-2.59',
		page: '2'
	}, 8);
});
