// Hostile input to the RSVP and feedback forms of an event.
import { expect, test } from '@playwright/test';
import { unknownEnums } from '../support/hostile';
import { makeEvent, pastEventWith, sql } from './db';
import { holdsUnderHostileInput, personAs, searchHoldsUnderHostileInput } from './hostile';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

test('the RSVP form takes any input: places never over capacity, requests stored clean, refusals by the field', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	const event = await makeEvent(`Hostile RSVP ${Date.now()}`, 3);
	const rows = () =>
		sql(
			`select (select row_to_json(r) from public.rsvps r where r.event_id = $1 and r.user_id = $2) as mine,
			   (select request from public.access_requests a where a.event_id = $1 and a.user_id = $2) as request,
			   (select taken from public.event_places where event_id = $1) as taken`,
			[event, person.id]
		);
	await holdsUnderHostileInput('events rsvp', page, { person }, {
		path: () => `/events/${event}/rsvp`,
		valid: () => ({ status: 'going', companion: 'on', accessRequests: 'A chair near the door, please.' }),
		kinds: { status: ['going', 'maybe', 'cancelled', 'waitlist', 'GOING', ...unknownEnums], companion: ['on', 'off', 'true', '1', ''] },
		errors: (data) => data.errors as Record<string, string>,
		rows,
		allowedRedirect: (location) => location.startsWith(`/events/${event}/rsvp?result=`),
		accepted: async () => {
			const [state] = await sql<{ taken: number; going: number; unclean: number }>(
				`select p.taken, (select coalesce(sum(places), 0)::int from public.rsvps r where r.event_id = $1 and r.status = 'going') as going,
				   (select count(*)::int from public.access_requests a where a.event_id = $1 and a.request ~ '[\\x01-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]') as unclean
				 from public.event_places p where p.event_id = $1`,
				[event]
			);
			expect(state.taken).toBe(state.going);
			expect(state.taken).toBeLessThanOrEqual(3);
			expect(state.unclean).toBe(0);
		}
	}, 10);
});

test('saying a waitlist place was seen takes any event and return path: only their own RSVP, only back to this site', async ({ page, playwright }) => {
	const [person, other] = await Promise.all([personAs(playwright, 'member'), personAs(playwright, 'member')]);
	const event = await makeEvent(`Hostile promotion ${Date.now()}`, 3);
	await sql(`insert into public.rsvps (event_id, user_id, status, places, promoted_at, promotion_seen) values ($1, $2, 'going', 1, now(), false), ($1, $3, 'going', 1, now(), false)`, [event, person.id, other.id]);
	await holdsUnderHostileInput('rsvp/seen', page, { person }, {
		path: () => '/rsvp/seen',
		valid: () => ({ event, returnTo: '/me/events' }),
		kinds: { event: ['00000000-0000-4000-8000-000000000000', event.toUpperCase(), ...unknownEnums], returnTo: ['//evil.example', '/\\evil.example', 'https://evil.example/', `/${'😀'.repeat(3000)}`] },
		errors: () => ({}),
		// Someone else's promotion stays unseen whatever is sent.
		rows: () => sql('select promotion_seen from public.rsvps where event_id = $1 and user_id = $2', [event, other.id]),
		accepted: async () => expect(await sql('select promotion_seen from public.rsvps where event_id = $1 and user_id = $2', [event, other.id])).toEqual([{ promotion_seen: false }]),
		allowedRedirect: (location) => /^\/(?![/\\])/.test(location) && location.length <= 2000
	}, 6);
});

test('the feedback form takes any input: a refusal by the field, nothing half-saved', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	const event = await pastEventWith(`Hostile feedback ${Date.now()}`, 1, [person.email]);
	const rows = () =>
		sql(
			`select (select row_to_json(f) from public.feedback f where f.event_id = $1 and f.user_id = $2) as given,
			   (select attended from public.rsvps where event_id = $1 and user_id = $2) as attended`,
			[event, person.id]
		);
	await holdsUnderHostileInput('events feedback', page, { person }, {
		path: () => `/events/${event}/feedback`,
		valid: () => ({
			attended: 'yes',
			anonymousShown: 'yes',
			rating: '4',
			feltWelcome: 'yes',
			tookPart: 'partly',
			barriers: ['time', 'cost'],
			barrierNote: 'The stairs.',
			suggestions: ['food'],
			suggestionNote: 'Soup.',
			comment: 'Lovely evening.',
			anonymous: 'on'
		}),
		kinds: {
			attended: ['yes', 'no', 'YES', 'maybe', 'true', '1'],
			rating: ['0', '1', '5', '6', '-1', '4.5', '1e1', '٤', ' 3 ', '0x4'],
			feltWelcome: ['yes', 'partly', 'no', ...unknownEnums],
			tookPart: ['yes', 'partly', 'no', ...unknownEnums],
			barriers: ['time', 'transport', 'other', ...unknownEnums],
			suggestions: ['creche', 'online', 'other', ...unknownEnums],
			anonymous: ['on', 'off', 'true', '']
		},
		related: { attended: ['rating', 'feltWelcome', 'tookPart'] },
		errors: (data) => data.errors as Record<string, string>,
		rows,
		allowedRedirect: (location) => location === `/events/${event}/feedback?saved=1`
	}, 12);
});

test('the events filters take any query: never a 5xx, nothing injected', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await searchHoldsUnderHostileInput('events filters', page, person, '/events', {
		q: 'laptop',
		format: 'in_person',
		from: '2026-12-01',
		to: '2027-01-31',
		near: 'Bristol',
		within: '10',
		lat: '51.45',
		lng: '-2.59',
		need: ['captions', 'stepFreeEntrance'],
		mine: '1'
	}, 8);
});
