// RSVPs through the API: privacy per role, and capacity and waitlist under concurrency.
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, client, demo, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const anon = client();
let member: Client, another: Client, organiser: Client;
const library = 'b0000000-0000-4000-8000-000000000001';
const manchesterCall = 'e0000000-0000-4000-8000-000000000002';
const hybridQA = 'e0000000-0000-4000-8000-000000000007';

beforeAll(async () => {
	[member, organiser] = await Promise.all([signIn(demo.member), signIn(demo.organiser)]);
	another = await newMember(bristol);
});

/** A published Bristol event in a few days, made by the organiser through the API. */
async function newEvent(fields: Record<string, unknown> = {}) {
	const start = new Date(Date.now() + 5 * 86_400_000);
	const { data, error } = await organiser
		.from('events')
		.insert({
			community_id: bristol,
			venue_id: library,
			title: `Test event ${Math.random().toString(36).slice(2, 7)}`,
			starts_at: start.toISOString(),
			ends_at: new Date(start.getTime() + 7_200_000).toISOString(),
			status: 'published',
			...fields
		})
		.select('id')
		.single();
	if (error) throw error;
	return data.id as string;
}

const rsvp = (who: ReturnType<typeof client>, event: string, status: string, extra: Record<string, unknown> = {}) =>
	who.rpc('rsvp', { event, status, ...extra });

async function counts(event: string) {
	const rows = await sql<{ status: string; n: string }>('select status, count(*) n from public.rsvps where event_id = $1 group by status', [event]);
	const [{ taken }] = await sql<{ taken: number }>('select taken from public.event_places where event_id = $1', [event]);
	return { ...Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])), taken };
}

describe('who sees an RSVP', () => {
	let event: string;
	beforeAll(async () => {
		event = await newEvent({ capacity: 10 });
		const { data, error } = await rsvp(member, event, 'going', { access_requests: "I'll bring an assistance dog" });
		expect(error).toBeNull();
		expect(data).toMatchObject({ status: 'going' });
	});

	it('the member sees their own, with their access requests', async () => {
		const { data } = await member.from('rsvps').select('status, access_requests(request)').eq('event_id', event);
		expect(data).toEqual([{ status: 'going', access_requests: { request: "I'll bring an assistance dog" } }]);
	});

	it('another member and anonymous visitors see nothing', async () => {
		expect((await another.from('rsvps').select('*').eq('event_id', event)).data).toEqual([]);
		expect((await anon.from('rsvps').select('*').eq('event_id', event)).data ?? []).toEqual([]);
	});

	it("the event's organisers see it (its access requests only its hosts, in tests/db/access-requests.test.ts); organisers elsewhere don't", async () => {
		const { data } = await organiser.from('rsvps').select('user_id, status, access_requests(request)').eq('event_id', event);
		expect(data).toEqual([{ user_id: member.userId, status: 'going', access_requests: null }]);
		await rsvp(another, manchesterCall, 'going');
		const { data: manchester } = await organiser.from('rsvps').select('user_id').eq('event_id', manchesterCall);
		expect(manchester).toEqual([]);
	});

	it('nobody writes rsvps or places directly, only through rsvp()', async () => {
		const forged = await another.from('rsvps').insert({ event_id: event, user_id: another.userId, status: 'going', places: 1 });
		expect(forged.error?.code).toBe('42501');
		const bumped = await organiser.from('event_places').update({ taken: 0 }).eq('event_id', event).select();
		expect(bumped.error?.code).toBe('42501');
		expect((await counts(event)).taken).toBe(1);
	});

	it('anonymous visitors cannot RSVP', async () => {
		const { error } = await rsvp(anon, event, 'going');
		expect(error).not.toBeNull();
	});

	it('people going see the joining link; others do not', async () => {
		expect((await another.from('event_links').select('join_url').eq('event_id', hybridQA)).data).toEqual([]);
		await rsvp(another, hybridQA, 'going');
		expect((await another.from('event_links').select('join_url').eq('event_id', hybridQA)).data).toHaveLength(1);
		await rsvp(another, hybridQA, 'cancelled');
		expect((await another.from('event_links').select('join_url').eq('event_id', hybridQA)).data).toEqual([]);
	});

	it('places taken are public, so a card can say how many are left', async () => {
		const { data } = await anon.from('event_places').select('taken').eq('event_id', event).single();
		expect(data?.taken).toBe(1);
	});
});

describe('when RSVPs are refused', () => {
	it('drafts, cancelled and past events, and nonsense statuses', async () => {
		const draft = await rsvp(member, 'e0000000-0000-4000-8000-000000000008', 'going');
		// PostgREST answers P0002 with a 500: 'not found' is PT404, a 404.
		expect(draft).toMatchObject({ status: 404, error: { code: 'PT404' } });
		const cancelled = await rsvp(member, 'e0000000-0000-4000-8000-000000000009', 'going');
		expect(cancelled.error?.hint).toBe('closed');
		const past = await rsvp(member, 'e0000000-0000-4000-8000-000000000010', 'going');
		expect(past.error?.hint).toBe('closed');
		const nonsense = await rsvp(member, manchesterCall, 'waitlist');
		expect(nonsense.error?.code).toBe('22023');
		const huge = await rsvp(member, manchesterCall, 'going', { access_requests: 'x'.repeat(1001) });
		expect(huge.error?.code).toBe('22001');
	});
});

describe('capacity and the waitlist', () => {
	it('200 people at once for 20 places: exactly 20 going, 180 waiting in order', { timeout: 120_000 }, async () => {
		const event = await newEvent({ capacity: 20 });
		const people: Client[] = [];
		for (let i = 0; i < 200; i += 25) {
			people.push(...(await Promise.all(Array.from({ length: 25 }, () => signIn(`crowd-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`)))));
		}
		const results = await Promise.all(people.map((p) => rsvp(p, event, 'going')));
		expect(results.filter((r) => r.error)).toEqual([]);
		const statuses = results.map((r) => (r.data as { status: string }).status);
		expect(statuses.filter((s) => s === 'going')).toHaveLength(20);
		expect(statuses.filter((s) => s === 'waitlist')).toHaveLength(180);
		expect(await counts(event)).toEqual({ going: 20, waitlist: 180, taken: 20 });
		const positions = results.map((r) => (r.data as { waitlist_position: number | null }).waitlist_position).filter((p) => p !== null);
		expect(new Set(positions).size).toBe(180);

		// Cancel one place: the first in line, and only they, move up.
		const line = await sql<{ user_id: string }>(
			"select user_id from public.rsvps where event_id = $1 and status = 'waitlist' order by waitlist_order limit 2",
			[event]
		);
		const leaver = people[statuses.indexOf('going')];
		expect((await rsvp(leaver, event, 'cancelled')).data).toMatchObject({ status: 'cancelled' });
		const first = await sql<{ status: string; promoted_at: string | null; promotion_seen: boolean }>(
			'select status, promoted_at, promotion_seen from public.rsvps where event_id = $1 and user_id = $2',
			[event, line[0].user_id]
		);
		expect(first[0]).toMatchObject({ status: 'going', promotion_seen: false });
		expect(first[0].promoted_at).not.toBeNull();
		const second = await sql<{ status: string }>('select status from public.rsvps where event_id = $1 and user_id = $2', [event, line[1].user_id]);
		expect(second[0].status).toBe('waitlist');
		expect(await counts(event)).toEqual({ going: 20, waitlist: 179, cancelled: 1, taken: 20 });
	});

	it('a companion takes a place when the organiser says so, and frees it again', async () => {
		const event = await newEvent({ capacity: 2 });
		const [a, b] = await Promise.all([newMember(), newMember()]);
		expect((await rsvp(a, event, 'going', { companion: true })).data).toMatchObject({ status: 'going', companion: true });
		expect((await rsvp(b, event, 'going')).data).toMatchObject({ status: 'waitlist', waitlist_position: 1 });
		await rsvp(a, event, 'going', { companion: false });
		expect((await b.from('rsvps').select('status').eq('event_id', event).single()).data?.status).toBe('going');
		expect(await counts(event)).toEqual({ going: 2, taken: 2 });
		// Full again: adding a companion is refused, never one's own place.
		const refused = await rsvp(a, event, 'going', { companion: true });
		expect(refused.data).toMatchObject({ status: 'going', companion: false, companion_refused: true });
	});

	it("a companion who doesn't take a place doesn't count", async () => {
		const event = await newEvent({ capacity: 1, companion_takes_place: false });
		const a = await newMember();
		expect((await rsvp(a, event, 'going', { companion: true })).data).toMatchObject({ status: 'going', companion: true });
		expect((await counts(event)).taken).toBe(1);
	});

	it('maybe takes no place; nobody jumps the waitlist; more places move it up', async () => {
		const event = await newEvent({ capacity: 1 });
		const [a, b, c] = await Promise.all([newMember(), newMember(), newMember()]);
		expect((await rsvp(a, event, 'maybe')).data).toMatchObject({ status: 'maybe' });
		expect((await counts(event)).taken).toBe(0);
		await rsvp(b, event, 'going');
		await rsvp(a, event, 'going');
		expect((await rsvp(c, event, 'going')).data).toMatchObject({ status: 'waitlist', waitlist_position: 2 });
		// a changes their mind and comes back: to the back of the line, behind c.
		await rsvp(a, event, 'maybe');
		expect((await rsvp(a, event, 'going')).data).toMatchObject({ status: 'waitlist', waitlist_position: 2 });
		await organiser.from('events').update({ capacity: 2 }).eq('id', event);
		expect((await c.from('rsvps').select('status').eq('event_id', event).single()).data?.status).toBe('going');
		expect((await a.from('rsvps').select('status').eq('event_id', event).single()).data?.status).toBe('waitlist');
	});

	it('a promoted member acknowledges the news once', async () => {
		const event = await newEvent({ capacity: 1 });
		const [a, b] = await Promise.all([newMember(), newMember()]);
		await rsvp(a, event, 'going');
		await rsvp(b, event, 'going');
		await rsvp(a, event, 'cancelled');
		const before = await b.from('rsvps').select('promotion_seen').eq('event_id', event).single();
		expect(before.data?.promotion_seen).toBe(false);
		expect((await b.rpc('acknowledge_promotion', { event })).error).toBeNull();
		expect((await b.from('rsvps').select('promotion_seen').eq('event_id', event).single()).data?.promotion_seen).toBe(true);
	});
});
