// Feedback: members write only their own; organisers learn from aggregates that never
// single anyone out, through every API path.
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, client, demo, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
let organiser: Client;

/** A published Bristol event that ended `daysAgo` days ago, with these people going. */
async function pastEvent(daysAgo: number, people: Client[], hour = 18) {
	const [event] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
		 values ($1, 'b0000000-0000-4000-8000-000000000001', 'Past test event',
		   ((current_date - $2::int) + make_time($3, 0, 0)) at time zone 'Europe/London',
		   ((current_date - $2::int) + make_time($3 + 2, 0, 0)) at time zone 'Europe/London', 'published')
		 returning id`,
		[bristol, daysAgo, hour]
	);
	for (const p of people) {
		await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [event.id, p.userId]);
	}
	return event.id;
}

/** Moves an event to `daysAgo` days ago, as time passing would (past 14 days, its feedback has closed). */
const moveEvent = (event: string, daysAgo: number) =>
	sql(
		`update public.events set starts_at = starts_at + shift * interval '1 day', ends_at = ends_at + shift * interval '1 day'
		 from (select (current_date - $2::int) - ends_at::date as shift from public.events where id = $1) s where id = $1`,
		[event, daysAgo]
	);

const give = (who: ReturnType<typeof client>, event: string, fields: Record<string, unknown>) =>
	who.rpc('give_feedback', { event, attended: true, ...fields });

beforeAll(async () => {
	organiser = await signIn(demo.organiser);
});

describe('giving feedback', () => {
	it('one response per person, editable, readable only by its author', async () => {
		const [a, b] = await Promise.all([newMember(), newMember()]);
		const event = await pastEvent(2, [a, b]);
		expect((await give(a, event, { rating: 4, felt_welcome: 'yes', comment: 'Lovely tea' })).error).toBeNull();
		expect((await give(a, event, { rating: 5, felt_welcome: 'yes', comment: 'Lovely tea, really' })).error).toBeNull();
		const mine = await a.from('feedback').select('rating, comment');
		expect(mine.data).toEqual([{ rating: 5, comment: 'Lovely tea, really' }]);
		expect((await sql('select 1 from public.feedback where event_id = $1', [event])).length).toBe(1);
		expect((await b.from('feedback').select('*').eq('event_id', event)).data).toEqual([]);
		expect((await organiser.from('feedback').select('*').eq('event_id', event)).data).toEqual([]);
		expect((await client().from('feedback').select('*')).data ?? []).toEqual([]);
		const forged = await b.from('feedback').insert({ event_id: event, user_id: a.userId, attended: true });
		expect(forged.error?.code).toBe('42501');
	});

	it("asks those who didn't come only what got in the way", async () => {
		const a = await newMember();
		const event = await pastEvent(1, [a]);
		await give(a, event, { attended: false, rating: 5, barriers: ['caring', 'time'], suggestions: ['creche'] });
		const { data } = await a.from('feedback').select('attended, rating, barriers, suggestions').single();
		expect(data).toEqual({ attended: false, rating: null, barriers: ['caring', 'time'], suggestions: ['creche'] });
	});

	it('is refused without an RSVP, before the end, after 14 days, and with unknown choices', async () => {
		const [a, stranger] = await Promise.all([newMember(), newMember()]);
		expect(await give(stranger, await pastEvent(1, [a]), {})).toMatchObject({ status: 404, error: { code: 'PT404' } });
		expect((await give(a, await pastEvent(15, [a]), {})).error?.hint).toBe('closed');
		const [future] = await sql<{ id: string }>(
			`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
			 values ($1, 'b0000000-0000-4000-8000-000000000001', 'Future', now() + interval '1 day', now() + interval '2 days', 'published') returning id`,
			[bristol]
		);
		await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [future.id, a.userId]);
		expect((await give(a, future.id, {})).error?.hint).toBe('not_yet');
		expect((await give(a, await pastEvent(1, [a]), { barriers: ['<script>'] })).error?.code).toBe('23514');
		expect((await give(client(), await pastEvent(1, [a]), {})).error).not.toBeNull();
	});

	it('keeps "I went" in the member\'s feedback and the organiser\'s mark on the RSVP, apart', async () => {
		const [a, b] = await Promise.all([newMember(), newMember()]);
		const event = await pastEvent(1, [a, b]);
		await give(a, event, { rating: 3 });
		expect((await b.rpc('mark_attendance', { event, member: a.userId, attended: false })).error?.code).toBe('42501');
		expect((await organiser.rpc('mark_attendance', { event, member: b.userId, attended: false })).error).toBeNull();
		const rows = await sql<{ user_id: string; attended: boolean }>('select user_id, attended from public.rsvps where event_id = $1', [event]);
		expect(Object.fromEntries(rows.map((r) => [r.user_id, r.attended]))).toEqual({ [a.userId]: null, [b.userId]: false });
		expect((await a.from('feedback').select('attended').eq('event_id', event).single()).data).toEqual({ attended: true });

		// Someone who never RSVP'd: not found, and nothing written.
		const stranger = await newMember();
		const { error, status } = await organiser.rpc('mark_attendance', { event, member: stranger.userId, attended: true });
		expect([status, error?.code]).toEqual([404, 'PT404']);
		expect(await sql('select 1 from public.rsvps where event_id = $1 and user_id = $2', [event, stranger.userId])).toEqual([]);
	});
});

describe('what organisers learn', () => {
	it('shows nothing until feedback closes with 3 answers; then suppresses groups under 3 and hides free text until 3 anonymous', async () => {
		const people = await Promise.all(Array.from({ length: 4 }, () => newMember()));
		const event = await pastEvent(3, people);
		await give(people[0], event, { rating: 5, barriers: ['transport'], comment: 'Zebra crossing was scary' });
		await give(people[1], event, { rating: 5, barriers: ['transport'], comment: 'Apples' });
		// Still open: answers may come or change, so nothing is shown yet.
		let insights = (await organiser.rpc('feedback_insights', { community: bristol, event })).data;
		expect(insights.events[0]).toMatchObject({ figures: 'open', responses: null, rating: null });
		expect(insights.responses).toBe(0);
		// Closed with 2 answers: never shown.
		await moveEvent(event, 20);
		insights = (await organiser.rpc('feedback_insights', { community: bristol, event })).data;
		expect(insights.events[0]).toMatchObject({ figures: 'too_few', responses: null, rating: null });
		expect(insights.responses).toBe(0);
		expect(insights.ratings['5']).toBe(0);
		expect(insights.barriers).toEqual({});
		expect(insights.comments).toBeNull();

		await moveEvent(event, 3);
		await give(people[2], event, { rating: 5, barriers: ['transport', 'cost'], comment: 'Mango' });
		await give(people[3], event, { attended: false, barriers: ['caring'], anonymous: false, comment: 'Sorry, childcare fell through' });
		await moveEvent(event, 20);
		insights = (await organiser.rpc('feedback_insights', { community: bristol, event })).data;
		expect(insights.ratings['5']).toBe(3);
		expect(insights.ratings['4']).toBe(0);
		expect(insights.barriers).toEqual({ transport: 3, cost: null, caring: null });
		expect(insights.did_not_go).toBeNull();
		expect(insights.events[0]).toMatchObject({ figures: 'shown', responses: 4, rating: 5 });
		// Anonymous text only, in an order that says nothing about who or when.
		const expected = ['Zebra crossing was scary', 'Apples', 'Mango'];
		expect([...insights.comments].sort()).toEqual([...expected].sort());
		const hashOrder = (await sql<{ t: string }>(`select t from unnest($1::text[]) t order by md5(t)`, [expected])).map((r) => r.t);
		expect(insights.comments).toEqual(hashOrder);
		const text = JSON.stringify(insights);
		for (const person of people) expect(text).not.toContain(person.userId);
		expect(text).not.toMatch(/created_at|updated_at|user_id/);

		const named = await organiser.rpc('named_feedback', { event });
		expect(named.data).toEqual([{ display_name: '—', comment: 'Sorry, childcare fell through' }]);
	});

	it('only organisers and coordinators of the community see insights', async () => {
		const member = await newMember();
		expect((await member.rpc('feedback_insights', { community: bristol })).error?.code).toBe('42501');
		expect((await client().rpc('feedback_insights', { community: bristol })).error).not.toBeNull();
		expect((await member.rpc('named_feedback', { event: 'e0000000-0000-4000-8000-000000000010' })).error?.code).toBe('42501');
		const coordinator = await signIn(demo.coordinator);
		expect((await coordinator.rpc('feedback_insights', { community: bristol })).error).toBeNull();
	});

	it('breaks down by time of day for coordinators spotting patterns', async () => {
		const people = await Promise.all(Array.from({ length: 3 }, () => newMember()));
		const event = await pastEvent(4, people, 19);
		for (const p of people) await give(p, event, { attended: false, barriers: ['caring'] });
		await moveEvent(event, 20);
		const coordinator = await signIn(demo.coordinator);
		const { data } = await coordinator.rpc('feedback_insights', { community: bristol, event });
		expect(data.by_time_of_day.evening).toEqual({ responses: 3, did_not_go: 3, barriers: { caring: 3 } });
	});
});
