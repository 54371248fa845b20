// Hostile arguments to every RPC (each `create function public.` in the migrations),
// through supabase-js as anonymous, a member, an organiser (and a coordinator where only
// they may act): wrong types, NaN, huge and odd text, unknown and repeated arguments.
// Expected: PostgREST answers 2xx or a 4xx with the database's error, never a 5xx; a
// refused call changes nothing; the app's mapping of each refusal is a translated message.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainFeedbackError } from '$lib/feedback/feedback';
import { explainDbError } from '$lib/organise/form';
import { explainAccessReadError } from '$lib/rsvp/access-requests';
import { explainRsvpError } from '$lib/rsvp/rsvp';
import { check, hostileJson, runs } from '../support/hostile.ts';
import { englishText } from '../support/messages.ts';
import { anonKey, apiUrl, bristol, manchester, newMember, sql } from './api.ts';

type Member = SupabaseClient & { userId: string };
type Role = 'anon' | 'member' | 'organiser' | 'coordinator';

/** The functions the migrations expose, read from the migrations themselves. */
const exposed = readdirSync(join(import.meta.dirname, '../../supabase/migrations'))
	.flatMap((file) => [...readFileSync(join(import.meta.dirname, '../../supabase/migrations', file), 'utf8').matchAll(/create (?:or replace )?function public\.(\w+)/g)])
	.map((m) => m[1])
	// A later migration may replace a function: it is still one function.
	.filter((name, i, all) => all.indexOf(name) === i)
	.sort();

/**
 * A client whose requests can carry one argument twice: supabase-js sends a JSON object,
 * so the repeat is written into the body text ({"event": <hostile>, ...the real ones}).
 */
function clientWithRepeats(token?: string) {
	return createClient(apiUrl, anonKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		global: {
			headers: token ? { Authorization: `Bearer ${token}` } : {},
			fetch: (input, init) => {
				const headers = new Headers(init?.headers);
				const repeat = headers.get('x-hostile-repeat');
				if (!repeat || typeof init?.body !== 'string' || !init.body.startsWith('{"')) return fetch(input, init);
				headers.delete('x-hostile-repeat');
				const rest = init.body.slice(1);
				return fetch(input, { ...init, headers, body: `{${decodeURIComponent(repeat)}${rest === '}' ? '' : ','}${rest}` });
			}
		}
	});
}

let as: Record<Role, SupabaseClient>;
let member: Member;
let organiser: Member;
let coordinator: Member;
let upcoming: string, past: string, listing: string, draft: string, applicant: string, staged: string, waiting: string, organisation: string;

async function withRole(role: 'organiser' | 'coordinator') {
	const who = (await newMember()) as Member;
	await sql('update public.community_members set role = $1 where user_id = $2', [role, who.userId]);
	return who;
}

const tokenOf = async (who: SupabaseClient) => (await who.auth.getSession()).data.session!.access_token;

beforeAll(async () => {
	member = (await newMember()) as Member;
	organiser = await withRole('organiser');
	coordinator = await withRole('coordinator');
	as = {
		anon: clientWithRepeats(),
		member: clientWithRepeats(await tokenOf(member)),
		organiser: clientWithRepeats(await tokenOf(organiser)),
		coordinator: clientWithRepeats(await tokenOf(coordinator))
	};
	[{ id: upcoming }] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, capacity, status)
		 values ($1, 'b0000000-0000-4000-8000-000000000001', 'Hostile RPCs', now() + interval '3 days', now() + interval '3 days 2 hours', 2, 'published') returning id`,
		[bristol]
	);
	[{ id: past }] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
		 values ($1, 'b0000000-0000-4000-8000-000000000001', 'Hostile RPCs, past', now() - interval '2 days', now() - interval '2 days' + interval '2 hours', 'published') returning id`,
		[bristol]
	);
	await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [past, member.userId]);
	// The organiser hosts the upcoming event, whose one maybe has an access request to read.
	await sql('update public.events set created_by = $1 where id = $2', [organiser.userId, upcoming]);
	await sql(`insert into public.rsvps (event_id, user_id, status) values ($1, $2, 'maybe')`, [upcoming, member.userId]);
	await sql(`insert into public.access_requests (event_id, user_id, request) values ($1, $2, 'A seat by the door')`, [upcoming, member.userId]);
	[{ id: listing }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes, languages, latitude, longitude)
		 values ($1, 'member', $2, 'Hostile Helper', 'I can help with phones and laptops.', '{in_person,online}', '{en}', 51.45, -2.58) returning id`,
		[member.userId, bristol]
	);
	[{ id: organisation }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes) values ($1, 'organisation', $2, 'Hostile Org', 'We help people get online.', '{online}') returning id`,
		[member.userId, bristol]
	);
	// Every listing saved through save_listing has its contact (its spec's invariant): this one too.
	await sql(`insert into public.helper_contacts (helper_id, channel, value) values ($1, 'link', 'https://example.org/hostile')`, [organisation]);
	[{ id: draft }] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
		 values ($1, 'b0000000-0000-4000-8000-000000000001', 'Hostile RPCs, draft', now() + interval '9 days', now() + interval '9 days 2 hours', 'draft') returning id`,
		[bristol]
	);
	await sql(`insert into public.reports (helper_id, reporter_id, reason) values ($1, $2, 'spam')`, [listing, organiser.userId]);
	// Someone waiting for an organiser to let them into Bristol.
	[{ id: applicant }] = await sql<{ id: string }>(`insert into auth.users (email) values ('applicant-' || gen_random_uuid() || '@example.org') returning id`);
	await sql(`insert into public.community_members (community_id, user_id, status) values ($1, $2, 'pending')`, [bristol, applicant]);
	// An import the coordinator uploaded, one row ready to write, and an imported listing waiting for confirmation.
	const ready = {
		line: 2,
		name: 'Hostile Import Row',
		listing: { display_name: 'Hostile Import Row', summary: 'We help people get online.', topics: [], skills: [], languages: ['en'], modes: ['online'], availability: '', area: '', address: '', latitude: null, longitude: null, exact_point: false },
		contact: { channel: 'email', value: 'import@example.org' },
		problems: [],
		notes: [],
		duplicate: null
	};
	[{ id: staged }] = await sql<{ id: string }>(`insert into public.organisation_imports (community_id, created_by, format, rows) values ($1, $2, 'csv', $3) returning id`, [
		bristol,
		coordinator.userId,
		JSON.stringify([ready])
	]);
	[{ id: waiting }] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes, languages, paused, imported_at, awaiting_confirmation)
		 values ($1, 'organisation', $2, 'Hostile Waiting Import', 'We help people get online.', '{online}', '{en}', true, now(), true) returning id`,
		[coordinator.userId, bristol]
	);
});

interface RpcSpec {
	/** A valid value for each argument, to mix with hostile ones. */
	args: Record<string, fc.Arbitrary<unknown>>;
	/** Arguments that work, for the first calls (one per role). */
	usual: Record<string, unknown>;
	roles: Role[];
	/** Stable functions may be called with GET, arguments in the query string. */
	get?: boolean;
	/** What a call may change, read as the superuser: the same after a refusal. */
	rows?: () => Promise<unknown>;
	/** The app's reading of a refusal: a translated message. */
	explain?: (error: { code?: string; hint?: string | null }) => string;
	/** What must hold after any call. */
	invariant?: () => Promise<void>;
}

/** Mostly the event the test is about, sometimes another (a past one, another community's, none). */
const someEvent = (usual: () => string) =>
	fc.oneof({ arbitrary: fc.constant(usual()), weight: 4 }, fc.constantFrom(upcoming, past, 'e0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000000'));
const text = fc.string({ unit: 'grapheme', maxLength: 40 });

const specs: Record<string, () => RpcSpec> = {
	rsvp: () => ({
		args: { event: someEvent(() => upcoming), status: fc.constantFrom('going', 'maybe', 'cancelled'), companion: fc.boolean(), access_requests: text },
		usual: { event: upcoming, status: 'going', companion: true, access_requests: 'A seat by the door' },
		roles: ['anon', 'member', 'member', 'organiser'],
		rows: () => sql('select r.*, p.taken from public.event_places p left join public.rsvps r on r.event_id = p.event_id where p.event_id = $1 order by r.user_id', [upcoming]),
		explain: (error) => {
			const key = explainRsvpError(error);
			if (error.hint === 'closed') expect(key).toBe('rsvp.errors.closed');
			if (error.code === 'PT404') expect(key).toBe('rsvp.errors.notFound');
			if (error.code === '42501') expect(key).toBe('rsvp.errors.signIn');
			if (error.code === '22001') expect(key).toBe('rsvp.errors.tooLong');
			return key;
		},
		invariant: async () => {
			const [state] = await sql<{ taken: number; held: number }>(
				`select p.taken, (select coalesce(sum(places), 0)::int from public.rsvps r where r.event_id = p.event_id and r.status = 'going') as held
				 from public.event_places p where p.event_id = $1`,
				[upcoming]
			);
			expect(state.taken).toBe(state.held);
			expect(state.taken).toBeLessThanOrEqual(2);
		}
	}),
	acknowledge_promotion: () => ({
		args: { event: someEvent(() => upcoming) },
		usual: { event: upcoming },
		roles: ['anon', 'member', 'organiser'],
		rows: () => sql('select user_id, promotion_seen from public.rsvps where event_id in ($1, $2) order by 1', [upcoming, past])
	}),
	delete_my_account: () => ({
		// Called without arguments it deletes the caller: only anonymous, where it must refuse.
		args: {},
		usual: {},
		roles: ['anon'],
		rows: () => sql('select count(*) from auth.users')
	}),
	give_feedback: () => ({
		args: {
			event: someEvent(() => past),
			attended: fc.boolean(),
			rating: fc.integer({ min: 1, max: 5 }),
			felt_welcome: fc.constantFrom('yes', 'partly', 'no'),
			took_part: fc.constantFrom('yes', 'partly', 'no'),
			barriers: fc.subarray(['time', 'transport', 'cost', 'other']),
			barrier_note: text,
			suggestions: fc.subarray(['creche', 'online', 'other']),
			suggestion_note: text,
			comment: text,
			anonymous: fc.boolean()
		},
		usual: { event: past, attended: true, rating: 4, felt_welcome: 'yes', took_part: 'partly', barriers: ['time'], barrier_note: '', suggestions: [], suggestion_note: '', comment: 'Good', anonymous: true },
		roles: ['anon', 'member', 'member', 'member', 'organiser'],
		rows: () => sql('select f.*, r.attended as rsvp_attended from public.rsvps r left join public.feedback f on f.event_id = r.event_id and f.user_id = r.user_id where r.event_id = $1', [past]),
		explain: (error) => {
			const { key } = explainFeedbackError(error);
			if (error.hint === 'closed') expect(key).toBe('feedback.errors.closed');
			if (error.hint === 'not_yet') expect(key).toBe('feedback.errors.notYet');
			return key;
		}
	}),
	mark_attendance: () => ({
		args: { event: someEvent(() => past), member: fc.constantFrom(member.userId, organiser.userId), attended: fc.boolean() },
		usual: { event: past, member: member.userId, attended: true },
		roles: ['anon', 'member', 'organiser', 'organiser'],
		rows: () => sql('select user_id, attended from public.rsvps where event_id in ($1, $2) order by 1', [upcoming, past])
	}),
	feedback_insights: () => ({
		args: { community: fc.constantFrom(bristol, bristol, manchester), event: fc.constantFrom(past, null), since: fc.constantFrom('2026-01-01', null), until: fc.constantFrom('2030-12-31', null) },
		usual: { community: bristol, event: null, since: '2026-01-01', until: '2030-12-31' },
		roles: ['anon', 'member', 'organiser', 'organiser'],
		get: true
	}),
	named_feedback: () => ({ args: { event: someEvent(() => past) }, usual: { event: past }, roles: ['anon', 'member', 'organiser', 'organiser'], get: true }),
	set_helper_hidden: () => ({
		args: { helper: fc.constantFrom(listing, '00000000-0000-4000-8000-000000000000'), hidden: fc.boolean(), reason: text },
		usual: { helper: listing, hidden: true, reason: 'Spam' },
		roles: ['anon', 'member', 'organiser', 'coordinator', 'coordinator'],
		rows: () => sql('select h.hidden_by_coordinator, h.hidden_reason, (select array_agg(status) from public.reports r where r.helper_id = h.id) from public.helpers h where h.id = $1', [listing]),
		invariant: async () => {
			const [row] = await sql<{ hidden_reason: string }>('select hidden_reason from public.helpers where id = $1', [listing]);
			expect([...row.hidden_reason].length).toBeLessThanOrEqual(500);
		}
	}),
	helpers_near: () => ({
		args: {
			lat: fc.double({ min: -90, max: 90, noNaN: true }),
			lng: fc.double({ min: -180, max: 180, noNaN: true }),
			radius_km: fc.constantFrom(1, 10, 25, 200),
			topics: fc.subarray(['digital-inclusion', 'racism']),
			skills: fc.subarray(['web', 'training']),
			languages: fc.subarray(['en', 'cy']),
			modes: fc.subarray(['in_person', 'online', 'phone']),
			words: text,
			page: fc.integer({ min: 1, max: 3 }),
			page_size: fc.integer({ min: 1, max: 50 })
		},
		usual: { lat: 51.45, lng: -2.58, radius_km: 10, topics: [], skills: [], languages: [], modes: [], words: 'phone', page: 1, page_size: 20 },
		roles: ['anon', 'member', 'organiser'],
		get: true
	}),
	save_listing: () => ({
		args: {
			listing: fc.constantFrom(listing, null, '00000000-0000-4000-8000-000000000000'),
			fields: fc.record({
				kind: fc.constantFrom('member', 'organisation'),
				display_name: fc.oneof(fc.constant('Hostile Helper'), text),
				summary: fc.oneof(fc.constant('I can help with phones and laptops.'), text),
				topics: fc.subarray(['digital-inclusion', 'racism']),
				skills: fc.subarray(['web', 'training']),
				languages: fc.constantFrom(['en'], ['cy', 'en']),
				modes: fc.constantFrom(['online'], ['in_person', 'online']),
				availability: text,
				area: fc.constantFrom('Easton', ''),
				address: fc.constantFrom('', '1 High Street'),
				latitude: fc.constantFrom(51.45, null),
				longitude: fc.constantFrom(-2.58, null),
				exact_point: fc.boolean()
			}),
			contact: fc.record({ channel: fc.constantFrom('email', 'phone', 'link'), value: fc.constantFrom('me@example.org', '0117 496 0000', 'https://example.org', 'nope') })
		},
		usual: {
			listing,
			fields: { kind: 'member', display_name: 'Hostile Helper', summary: 'I can help with phones and laptops.', topics: [], skills: [], languages: ['en'],
				modes: ['in_person', 'online'], availability: '', area: 'Easton', address: '', latitude: 51.45, longitude: -2.58, exact_point: false },
			contact: { channel: 'email', value: 'me@example.org' }
		},
		roles: ['anon', 'member', 'member', 'organiser'],
		rows: () =>
			sql('select h.*, c.channel, c.value from public.helpers h left join public.helper_contacts c on c.helper_id = h.id where h.user_id = any($1) order by h.id', [
				[member.userId, organiser.userId]
			]),
		explain: (error) =>
			error.hint === 'organisation_limit' ? 'directory.errors.organisationLimit' : error.hint === 'area_moved' ? 'directory.errors.areaMoved' : 'directory.errors.saveFailed',
		// Nothing half-written: every listing saved through it has its contact.
		invariant: async () => {
			const bare = await sql('select id from public.helpers h where h.user_id = any($1) and h.id <> $2 and not exists (select 1 from public.helper_contacts c where c.helper_id = h.id)', [
				[member.userId, organiser.userId],
				listing
			]);
			expect(bare).toEqual([]);
		}
	}),
	save_event: () => {
		const fields = {
			community_id: bristol, venue_id: 'b0000000-0000-4000-8000-000000000001', title: 'Hostile save', summary: '', description: '', who_for: '',
			starts_at: '2030-03-01T18:00:00Z', ends_at: '2030-03-01T20:00:00Z', time_zone: 'Europe/London', format: 'hybrid', languages: ['en'], access: {},
			cost_pence: 0, cost_note: '', capacity: 20
		};
		return {
			args: {
				target: fc.constantFrom(draft, null, 'e0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000000'),
				fields: fc.record({
					...Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, fc.constant(value as unknown)])),
					community_id: fc.constantFrom(bristol, manchester),
					title: fc.oneof(fc.constant('Hostile save'), text),
					summary: text,
					time_zone: fc.constantFrom('Europe/London', 'Mars/Olympus'),
					format: fc.constantFrom('in_person', 'online', 'hybrid', 'teleport'),
					capacity: fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.constant(null)),
					access: fc.constantFrom({}, { captions: 'yes' }, { captions: 'maybe' })
				}),
				join_url: fc.constantFrom(null, 'https://meet.example.org/hostile', 'http://meet.example.org', 'javascript:alert(1)'),
				co_hosts: fc.constantFrom(null, [], [organiser.userId], [member.userId], ['00000000-0000-4000-8000-000000000000'])
			},
			usual: { target: draft, fields, join_url: 'https://meet.example.org/hostile', co_hosts: null },
			roles: ['anon', 'member', 'organiser', 'organiser'],
			rows: () =>
				sql(
					`select e.*, l.join_url, (select array_agg(h.user_id order by h.user_id) from public.event_hosts h where h.event_id = e.id) as co_hosts
					 from public.events e left join public.event_links l on l.event_id = e.id where e.id = $1 or e.created_by = $2 order by e.id`,
					[draft, organiser.userId]
				),
			explain: (error) => Object.values(explainDbError(error))[0]!
		};
	},
	read_access_requests: () => ({
		args: { event: someEvent(() => upcoming) },
		usual: { event: upcoming },
		roles: ['anon', 'member', 'organiser', 'organiser'],
		// What it changes is the read log; a refused read must log nothing.
		rows: () => sql('select count(*)::int as n from public.access_request_reads'),
		explain: (error) => explainAccessReadError(error)
	}),
	decide_membership: () => ({
		args: { community: fc.constantFrom(bristol, manchester), member: fc.constantFrom(applicant, member.userId), approve: fc.boolean() },
		usual: { community: bristol, member: applicant, approve: true },
		roles: ['anon', 'member', 'organiser', 'coordinator'],
		rows: () => sql('select community_id, user_id, status, role from public.community_members where user_id = any($1) order by 1, 2', [[applicant, member.userId]])
	}),
	// Only the app's server (service role) takes sign-in turns: every visitor's call is refused, counting nothing.
	take_sign_in_turn: () => ({
		args: {
			turn_kind: fc.constantFrom('code', 'try', 'other'),
			subjects: fc.constantFrom(['a'.repeat(64)], ['b'.repeat(64), 'c'.repeat(64)], [], ['not a hash']),
			limits: fc.constantFrom([1], [5, 10], [0], [-1]),
			window_seconds: fc.constantFrom(900, 0, -1, 2_147_483_647)
		},
		usual: { turn_kind: 'code', subjects: ['a'.repeat(64)], limits: [1], window_seconds: 900 },
		roles: ['anon', 'member', 'organiser', 'coordinator'],
		rows: () => sql('select count(*)::int as n from private.sign_in_turns')
	}),
	// A member's own feed: made or reset for the caller only; refused to anyone without a session.
	my_calendar_feed: () => ({
		args: { reset: fc.boolean() },
		usual: { reset: false },
		roles: ['anon', 'member', 'organiser'],
		rows: () => sql('select user_id from public.calendar_feeds order by 1')
	}),
	// Read by secret, by anyone: hostile secrets find nothing and change nothing.
	calendar_feed_events: () => ({ args: { secret: fc.constantFrom('0'.repeat(64), 'not hex', '') }, usual: { secret: '0'.repeat(64) }, roles: ['anon', 'member'], get: true }),
	calendar_feed_known: () => ({ args: { secret: fc.constantFrom('0'.repeat(64), 'not hex', '') }, usual: { secret: '0'.repeat(64) }, roles: ['anon', 'member'], get: true }),
	// Only the coordinator who uploaded confirms an import, once; rows with problems or not chosen are never written.
	confirm_organisation_import: () => ({
		args: { import: fc.constantFrom(staged, '00000000-0000-4000-8000-000000000000'), chosen: fc.constantFrom([0], [], [0, 0], [-1, 99], null) },
		usual: { import: staged, chosen: [0] },
		roles: ['anon', 'member', 'organiser', 'coordinator', 'coordinator'],
		rows: () =>
			sql(`select (select count(*)::int from public.helpers where display_name = 'Hostile Import Row') as written, (select count(*)::int from public.organisation_imports where id = $1) as staged`, [staged]),
		invariant: async () => {
			const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from public.helpers where display_name = 'Hostile Import Row' and (not paused or not awaiting_confirmation)`);
			expect(n).toBe(0);
		}
	}),
	confirm_imported_listing: () => ({
		args: { listing: fc.constantFrom(waiting, listing, '00000000-0000-4000-8000-000000000000') },
		usual: { listing: waiting },
		roles: ['anon', 'member', 'organiser', 'coordinator', 'coordinator'],
		rows: () => sql('select paused, awaiting_confirmation from public.helpers where id = any($1) order by id', [[waiting, listing]])
	}),
	set_helper_published: () => ({
		args: {
			helper: fc.constantFrom(listing, organisation, '00000000-0000-4000-8000-000000000000'),
			published: fc.boolean(),
			community: fc.constantFrom(bristol, manchester, null)
		},
		usual: { helper: organisation, published: true },
		roles: ['anon', 'member', 'organiser', 'coordinator'],
		rows: () => sql('select id, published, community_id from public.helpers where id in ($1, $2) order by id', [listing, organisation]),
		invariant: async () => {
			// Whatever is sent, a member's listing is never published.
			expect(await sql('select published from public.helpers where id = $1', [listing])).toEqual([{ published: false }]);
		}
	}),
	open_organisations: () => ({
		args: {
			community: fc.constantFrom('bristol-community-tech', 'nowhere', null),
			listing: fc.constantFrom(organisation, '00000000-0000-4000-8000-000000000000', null),
			page: fc.integer({ min: 1, max: 3 }),
			page_size: fc.integer({ min: 1, max: 1000 })
		},
		usual: { community: 'bristol-community-tech', page: 1, page_size: 100 },
		roles: ['anon', 'member', 'organiser'],
		get: true
	}),
	open_organisation_count: () => ({
		args: { community: fc.constantFrom('bristol-community-tech', 'nowhere', null) },
		usual: { community: 'bristol-community-tech' },
		roles: ['anon', 'member'],
		get: true
	}),
	helper_place: () => ({ args: { helper: fc.constantFrom(listing, '00000000-0000-4000-8000-000000000000') }, usual: { helper: listing }, roles: ['anon', 'member', 'organiser'], get: true })
};

type Call = { role: Role; args: Record<string, { value: unknown } | null>; extra: [string, unknown] | undefined; repeat: [string, unknown] | undefined; get: boolean };

/** One call in four: an unknown argument makes PostgREST look for another function, refusing the rest unseen. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.nat(3).chain((n) => (n === 0 ? arbitrary : fc.constant(undefined)));

/** Valid arguments with up to two made hostile or left out; sometimes an unknown one, or one given twice. */
function calls(spec: RpcSpec): fc.Arbitrary<Call> {
	const names = Object.keys(spec.args);
	const hostile = fc.oneof({ arbitrary: hostileJson.map((value) => ({ value })), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
	const args = fc
		.tuple(fc.record(spec.args), names.length ? fc.uniqueArray(fc.tuple(fc.constantFrom(...names), hostile), { maxLength: 2, selector: ([name]) => name }) : fc.constant([]))
		.map(([valid, changes]) => {
			const given: Record<string, { value: unknown } | null> = Object.fromEntries(Object.entries(valid).map(([name, value]) => [name, { value }]));
			for (const [name, change] of changes) given[name] = change;
			return given;
		});
	return fc.record({
		role: fc.constantFrom(...spec.roles),
		args,
		extra: sometimes(fc.tuple(fc.constantFrom('user_id', 'role', 'admin', 'evil', '__proto__'), hostileJson)),
		repeat: names.length ? sometimes(fc.tuple(fc.constantFrom(...names), hostileJson)) : fc.constant(undefined),
		get: spec.get ? fc.boolean() : fc.constant(false)
	});
}

describe('every RPC takes hostile arguments: a 4xx with the database error, never a 5xx, nothing half-done', () => {
	it('covers every function the migrations expose', () => {
		expect(Object.keys(specs).sort()).toEqual(exposed);
	});

	for (const name of exposed) {
		it(name, async () => {
			const spec = specs[name]();
			const tally = { ok: 0, refused: 0, codes: new Map<string, number>() };
			const property = fc.asyncProperty(calls(spec), async ({ role, args, extra, repeat, get }) => {
				const body: Record<string, unknown> = {};
				for (const [arg, given] of Object.entries(args)) if (given) body[arg] = given.value;
				if (extra) body[extra[0]] = extra[1];
				const before = await spec.rows?.();
				let call = as[role].rpc(name, body, { get });
				if (repeat && !get) call = call.setHeader('x-hostile-repeat', encodeURIComponent(`${JSON.stringify(repeat[0])}:${JSON.stringify(repeat[1]) ?? 'null'}`));
				const { error, status } = await call;
				expect(status, JSON.stringify(error)).toBeGreaterThanOrEqual(200);
				expect(status, JSON.stringify(error)).toBeLessThan(500);
				if (error) {
					tally.refused++;
					tally.codes.set(`${status} ${error.code}`, (tally.codes.get(`${status} ${error.code}`) ?? 0) + 1);
					expect(status).toBeGreaterThanOrEqual(400);
					// The database's error, or PostgREST's; only a request line too long for the server has neither.
					if (status !== 414 && status !== 431) {
						expect(error.code, JSON.stringify(error)).toBeTruthy();
						expect(error.message).toBeTruthy();
					}
					expect(await spec.rows?.()).toEqual(before);
					if (spec.explain) expect(englishText(spec.explain(error))).toBeDefined();
				} else tally.ok++;
				await spec.invariant?.();
			});
			// First, for each role, a call with only valid arguments: the way through is tried too.
			const examples = [...new Set(spec.roles)].map((role): [Call] => [
				{ role, args: Object.fromEntries(Object.entries(spec.usual).map(([arg, value]) => [arg, { value }])), extra: undefined, repeat: undefined, get: false }
			]);
			await check(`rpc ${name}`, property, runs(20, examples));
			console.log(`rpc ${name}: ${tally.ok} answered, ${tally.refused} refused (${[...tally.codes].map(([code, n]) => `${code} ×${n}`).join(', ')})`);
		});
	}

	it('delete_my_account deletes only the caller, and only when called with nothing else', async () => {
		const gone = (await newMember()) as Member;
		const caller = clientWithRepeats(await tokenOf(gone));
		const before = await sql<{ n: number }>('select count(*)::int as n from auth.users');
		const property = fc.asyncProperty(fc.dictionary(fc.constantFrom('user_id', 'me', 'id', 'cascade', 'x'), hostileJson, { minKeys: 1 }), async (args) => {
			const { error, status } = await caller.rpc('delete_my_account', args);
			expect(status).toBeLessThan(500);
			expect(error?.code).toBeTruthy();
			expect(await sql('select count(*)::int as n from auth.users')).toEqual(before);
		});
		await check('rpc delete_my_account with arguments', property, runs(8));
		expect((await caller.rpc('delete_my_account')).error).toBeNull();
		expect(await sql('select 1 from auth.users where id = $1', [gone.userId])).toEqual([]);
	});
});
