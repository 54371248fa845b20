// Hostile input to organisers' forms: events (new, edit, publish, duplicate, cancel,
// delete), venues (new, edit, another stop row) and marking who came.
import { test } from '@playwright/test';
import { datesAsText, numbersAsText, timesAsText, unknownEnums } from '../support/hostile';
import { pastEventWith, sql } from './db';
import { bristol, holdsUnderHostileInput, personAs, type Person } from './hostile';
import { inDays } from './organise-helpers';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

const library = 'b0000000-0000-4000-8000-000000000001';
const manchesterVenue = 'b0000000-0000-4000-8000-000000000004';
const manchester = '22222222-2222-4222-8222-222222222222';

const validEvent = () => ({
	community: bristol,
	title: 'Hostile input evening',
	summary: 'We try to break things, kindly.',
	description: 'Bring a laptop.',
	whoFor: 'Anyone curious.',
	format: 'hybrid',
	venue: library,
	joinUrl: 'https://meet.example.org/hostile',
	date: inDays(30),
	start: '18:30',
	end: '20:00',
	timeZone: 'Europe/London',
	languages: ['en', 'cy'],
	capacity: '20',
	cost: 'paid',
	amount: '3.50',
	costNote: 'Bursaries available.',
	'fact.captions': 'yes',
	'fact.loud': 'no',
	// The empty field the form always sends with the co-host boxes: nobody ticked.
	coHosts: ''
});

const eventKinds = {
	community: [manchester, '00000000-0000-4000-8000-000000000000', bristol.toUpperCase(), ...unknownEnums],
	format: ['in_person', 'online', 'hybrid', 'Online', ...unknownEnums],
	venue: [manchesterVenue, '', '00000000-0000-4000-8000-000000000000', ...unknownEnums],
	joinUrl: ['http://meet.example.org', 'https://', 'https://a', 'javascript:alert(1)', 'https://exa mple.org', 'https://example.org/\u0000', `https://example.org/${'a'.repeat(600)}`, 'HTTPS://EXAMPLE.ORG'],
	date: [...datesAsText, inDays(-400), inDays(3650)],
	start: timesAsText,
	end: timesAsText,
	timeZone: ['UTC', 'Europe/Kyiv', 'America/Argentina/ComodRivadavia', 'Etc/GMT+14', 'Mars/Olympus', 'europe/london', 'Local', ''],
	languages: ['en', 'zh', 'xx', 'EN', ...unknownEnums],
	capacity: ['1', '100000', '100001', '0', ...numbersAsText],
	cost: ['free', 'paid', 'donation', ...unknownEnums],
	amount: ['£3', '0', '0.01', '1000', '1000.01', '3,50', ...numbersAsText],
	'fact.captions': ['yes', 'no', 'unknown', 'maybe', ...unknownEnums],
	// Bristol's organiser (may co-host), a member (may not), nobody, not an id.
	coHosts: ['a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000000', bristol, ...unknownEnums]
};

const eventRelated = {
	community: ['venue'],
	format: ['venue', 'joinUrl'],
	venue: ['venue'],
	date: ['date', 'start', 'end'],
	start: ['date', 'end'],
	end: ['date', 'start'],
	timeZone: ['date', 'start', 'end'],
	cost: ['amount']
};

const eventsBy = (person: Person) =>
	sql(
		`select e.*, (select row_to_json(l) from public.event_links l where l.event_id = e.id) as link
		 from public.events e where e.created_by = $1 order by e.created_at`,
		[person.id]
	);
const eventRow = (id: string) =>
	sql(`select e.*, (select row_to_json(l) from public.event_links l where l.event_id = e.id) as link from public.events e where e.id = $1`, [id]);

/** An event of this organiser's, as the organise pages would have made it. */
async function eventOf(person: Person, status: 'draft' | 'published') {
	const [row] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status, created_by, format)
		 values ($1, $2, 'An event to change', now() + interval '20 days', now() + interval '20 days 2 hours', $3, $4, 'hybrid') returning id`,
		[bristol, library, status, person.id]
	);
	await sql(`insert into public.event_links (event_id, join_url) values ($1, 'https://meet.example.org/x')`, [row.id]);
	return row.id;
}

const organiseErrors = (data: Record<string, unknown>) => (data.errors as Record<string, string> | undefined) ?? {};

for (const action of ['save', 'publish'] as const) {
	test(`a new event (${action}) takes any input: refusals by the field, no event without its joining link`, async ({ page, playwright }) => {
		const person = await personAs(playwright, 'organiser');
		await holdsUnderHostileInput(`organise/events/new ${action}`, page, { person }, {
			path: () => `/organise/events/new?/${action}`,
			valid: validEvent,
			minimums: { title: 3 },
			kinds: eventKinds,
			related: eventRelated,
			errors: organiseErrors,
			rows: ({ person }) => eventsBy(person),
			allowedRedirect: (location) => /^\/organise\/events\/[0-9a-f-]{36}\/(edit\?done=saved|publish)$/.test(location)
		}, action === 'save' ? 14 : 4);
	});
}

test('editing an event takes any input: refusals by the field, the event and its link unchanged on a refusal', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'organiser');
	const ctx = { person, event: await eventOf(person, 'draft') };
	for (const action of ['save', 'publish'] as const) {
		await holdsUnderHostileInput(`organise/events/edit ${action}`, page, ctx, {
			path: (ctx) => `/organise/events/${ctx.event}/edit?/${action}`,
			valid: validEvent,
			minimums: { title: 3 },
			kinds: eventKinds,
			related: eventRelated,
			errors: organiseErrors,
			rows: (ctx) => eventRow(ctx.event),
			allowedRedirect: (location) => location === `/organise/events/${ctx.event}/edit?done=saved` || location === `/organise/events/${ctx.event}/publish`
		}, action === 'save' ? 12 : 3);
	}
});

test('duplicating, cancelling and deleting an event take any input: refusals by the field, nothing half-done', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'organiser');
	const ctx = { person, event: '' };
	await holdsUnderHostileInput('organise/events/edit duplicate', page, ctx, {
		before: async (ctx) => void (ctx.event ||= await eventOf(person, 'published')),
		path: (ctx) => `/organise/events/${ctx.event}/edit?/duplicate`,
		valid: () => ({ weeks: '2' }),
		kinds: { weeks: ['1', '52', '53', '0', ...numbersAsText] },
		errors: organiseErrors,
		rows: ({ person }) => eventsBy(person),
		allowedRedirect: (location) => /^\/organise\/events\/[0-9a-f-]{36}\/edit\?done=duplicated$/.test(location)
	}, 8);
	await holdsUnderHostileInput('organise/events/edit cancel', page, ctx, {
		// A published event each time: a cancelled one cannot be cancelled again.
		before: async (ctx) => void (ctx.event = await eventOf(person, 'published')),
		path: (ctx) => `/organise/events/${ctx.event}/edit?/cancel`,
		valid: () => ({ reason: 'The venue flooded.' }),
		errors: organiseErrors,
		rows: (ctx) => eventRow(ctx.event),
		allowedRedirect: (location) => location === '/organise?done=cancelled'
	}, 8);
	for (const [action, status, done] of [['delete', 'draft', 'deleted'], ['publish', 'draft', 'published']] as const) {
		await holdsUnderHostileInput(`organise/events ${action}`, page, ctx, {
			before: async (ctx) => void (ctx.event = await eventOf(person, status)),
			path: (ctx) => (action === 'publish' ? `/organise/events/${ctx.event}/publish?/publish` : `/organise/events/${ctx.event}/edit?/delete`),
			valid: () => ({ confirm: 'yes' }),
			errors: organiseErrors,
			rows: (ctx) => eventRow(ctx.event),
			allowedRedirect: (location) => location === `/organise?done=${done}`,
			examples: false
		}, 3);
	}
});

const validVenue = () => ({
	community: bristol,
	name: 'The Hostile Hall',
	address: '1 Test Street',
	postcode: 'bs1 5tl',
	town: 'Bristol',
	latitude: '51.4545',
	longitude: '-2.5879',
	wheelchair: 'partially',
	accessNote: 'Side door has a ramp.',
	accessContact: 'hall@example.org',
	transportNote: 'Buses stop outside.',
	parkingNote: 'Two blue-badge bays.',
	stopRows: '3',
	'stop0.name': 'Broadmead',
	'stop0.mode': 'bus',
	'stop0.lines': '72, m1',
	'stop0.walk': '4',
	'fact.stepFreeEntrance': 'yes',
	'fact.hasLift': 'no'
});

const venueKinds = {
	community: [manchester, '00000000-0000-4000-8000-000000000000', ...unknownEnums],
	latitude: ['90', '-90', '90.0000001', '91', '-91', 'NaN', '1e2', '-0', '51', '٥١.٤', '51,45', ...numbersAsText],
	longitude: ['180', '-180', '180.1', '-181', 'Infinity', '0', '-2.5', ...numbersAsText],
	wheelchair: ['fully', 'partially', 'not', 'unknown', 'FULLY', ...unknownEnums],
	stopRows: ['0', '5', '6', '-1', '1e9', ...numbersAsText],
	'stop0.mode': ['bus', 'train', 'tram', 'metro', 'ferry', 'coach', 'rocket', ...unknownEnums],
	'stop0.walk': ['0', '180', '181', '-1', '1.5', ...numbersAsText],
	'fact.stepFreeEntrance': ['yes', 'no', 'unknown', ...unknownEnums]
};
const venueRelated = {
	latitude: ['longitude'],
	longitude: ['latitude'],
	'stop0.name': ['stop0.name'],
	'stop0.lines': ['stop0.name'],
	'stop0.walk': ['stop0.name']
};
const venuesBy = (person: Person) => sql('select * from public.venues where created_by = $1 order by created_at', [person.id]);

test('the venue forms take any input: refusals by the field, nothing half-saved', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'organiser');
	const [venue] = await sql<{ id: string }>(`insert into public.venues (community_id, name, created_by) values ($1, 'A venue to change', $2) returning id`, [bristol, person.id]);
	for (const [path, runs] of [['/organise/venues/new', 12], [`/organise/venues/${venue.id}/edit`, 8]] as const) {
		for (const action of ['save', 'more'] as const) {
			await holdsUnderHostileInput(`${path} ${action}`, page, { person }, {
				path: () => `${path}?/${action}`,
				valid: validVenue,
				minimums: { name: 2 },
				kinds: venueKinds,
				related: venueRelated,
				errors: organiseErrors,
				rows: ({ person }) => venuesBy(person),
				allowedRedirect: (location) => location === '/organise?done=venueSaved'
			}, action === 'more' ? 3 : runs);
		}
	}
});

test('marking who came takes only a member and yes or no: a refusal by the row, nothing else changed', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'organiser');
	const member = await personAs(playwright, 'member');
	const event = await pastEventWith(`Hostile attendance ${Date.now()}`, 2, [member.email]);
	await holdsUnderHostileInput('organise/people attendance', page, { person }, {
		path: () => `/organise/people/${event}?/attendance`,
		valid: () => ({ member: member.id!, attended: 'yes' }),
		kinds: { member: ['00000000-0000-4000-8000-000000000000', member.id!.toUpperCase(), person.id!, 'not-a-uuid', ...unknownEnums], attended: ['yes', 'no', 'YES', 'true', '1', ''] },
		// The message belongs to the person's row: its yes and no buttons.
		related: { member: ['attended'] },
		errors: organiseErrors,
		rows: () => sql('select user_id, attended from public.rsvps where event_id = $1 order by user_id', [event])
	}, 8);
});
