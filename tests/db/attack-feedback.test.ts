// Attacks on anonymous feedback, as an organiser would make them through the API:
// subtracting one selection of insights from another to isolate a single answer, and
// reading RSVPs to learn who answered.
import { describe, expect, it } from 'vitest';
import { bristol, demo, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
type Counts = Record<string, number | null>;
type Insights = {
	responses: number | null;
	ratings: Counts;
	barriers: Counts;
	comments: string[] | null;
	events: { id: string; responses: number | null; rating: number | null }[];
};

/** A published Bristol event that ended yesterday, with these people going. */
async function endedEvent(title: string, people: Client[]) {
	const [event] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
		 values ($1, 'b0000000-0000-4000-8000-000000000001', $2, now() - interval '1 day 2 hours', now() - interval '1 day', 'published')
		 returning id`,
		[bristol, title]
	);
	for (const p of people) {
		await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [event.id, p.userId]);
	}
	return event.id;
}

/** Moves events to a day of their own, long ago, as if their feedback had closed a while back. */
async function moveToDay(day: string, events: string[]) {
	await sql(
		`update public.events set starts_at = ($1::date + time '18:00') at time zone 'Europe/London',
		   ends_at = ($1::date + time '20:00') at time zone 'Europe/London' where id = any($2::uuid[])`,
		[day, events]
	);
}

/** A day no other test uses: some day 200–500 days ago. */
const quietDay = () => new Date(Date.now() - (200 + Math.floor(Math.random() * 300)) * 86_400_000).toISOString().slice(0, 10);

async function insights(organiser: Client, args: Record<string, string>) {
	const { data, error } = await organiser.rpc('feedback_insights', { community: bristol, ...args });
	expect(error).toBeNull();
	return data as Insights;
}

/** What one selection shows that the other does not: counts subtracted (a suppressed count over a zero is "1 or 2"), comments removed. */
function difference(more: Insights, less: Insights) {
	const cells = (a: Counts, b: Counts) =>
		Object.keys(a).filter((k) => (a[k] === null ? (b[k] ?? 0) === 0 : a[k] - (b[k] ?? 0) > 0));
	return {
		responses: (more.responses ?? 0) - (less.responses ?? 0),
		ratings: cells(more.ratings ?? {}, less.ratings ?? {}),
		barriers: cells(more.barriers ?? {}, less.barriers ?? {}),
		comments: (more.comments ?? []).filter((c) => !(less.comments ?? []).includes(c))
	};
}

const give = (who: Client, event: string, fields: Record<string, unknown>) => who.rpc('give_feedback', { event, attended: true, ...fields });

describe('differencing insights', () => {
	it('a date range minus a big event does not give back the one answer to a small event', async () => {
		const organiser = await signIn(demo.organiser);
		const [victim, ...crowd] = await Promise.all(Array.from({ length: 5 }, () => newMember()));
		const meetup = await endedEvent('Big meetup', crowd);
		const workshop = await endedEvent('Small workshop', [victim]);
		for (const [i, p] of crowd.entries()) {
			expect((await give(p, meetup, { rating: 4, barriers: ['time'], comment: `Good meetup ${i}` })).error).toBeNull();
		}
		const secret = `I could not hear a thing ${Date.now()}`;
		expect((await give(victim, workshop, { rating: 1, barriers: ['publicSpeaking'], comment: secret })).error).toBeNull();
		const day = quietDay();
		await moveToDay(day, [meetup, workshop]);

		const total = await insights(organiser, { since: day, until: day });
		const big = await insights(organiser, { event: meetup });
		const recovered = difference(total, big);
		// The big meetup's own figures are there to read: the attack had something to subtract from.
		expect(big.responses).toBe(4);
		expect(recovered).toEqual({ responses: 0, ratings: [], barriers: [], comments: [] });

		// The workshop on its own says nothing about its one answer either.
		const small = await insights(organiser, { event: workshop });
		expect(small.responses ?? 0).toBe(0);
		expect(small.events.find((e) => e.id === workshop)).toMatchObject({ responses: null, rating: null });
		expect(JSON.stringify(small)).not.toContain(secret);
	});

	it('watching an event while answers come in does not give back the latest answer', async () => {
		const organiser = await signIn(demo.organiser);
		const people = await Promise.all(Array.from({ length: 4 }, () => newMember()));
		const event = await endedEvent('Watched workshop', people);
		for (const p of people.slice(0, 3)) await give(p, event, { rating: 4, barriers: ['time'], comment: 'Fine' });
		const before = await insights(organiser, { event });
		const secret = `The speaker was unkind to me ${Date.now()}`;
		await give(people[3], event, { rating: 1, barriers: ['confidence'], comment: secret });
		const after = await insights(organiser, { event });
		expect(difference(after, before)).toEqual({ responses: 0, ratings: [], barriers: [], comments: [] });

		// Once nobody can answer or change an answer any more, the figures are shown.
		await moveToDay(quietDay(), [event]);
		expect((await give(people[0], event, { rating: 5 })).error?.hint).toBe('closed');
		const closed = await insights(organiser, { event });
		expect(closed.responses).toBe(4);
		expect(closed.ratings['4']).toBe(3);
		expect(closed.comments).toContain(secret);
	});
});

describe('who answered', () => {
	it('an anonymous answer leaves no mark on the RSVPs organisers read', async () => {
		const organiser = await signIn(demo.organiser);
		const [answered, silent, marked] = await Promise.all([newMember(), newMember(), newMember()]);
		const event = await endedEvent('Who came?', [answered, silent, marked]);
		expect((await organiser.rpc('mark_attendance', { event, member: marked.userId, attended: false })).error).toBeNull();
		const read = async () => (await organiser.from('rsvps').select('user_id, attended, updated_at').eq('event_id', event).order('user_id')).data;
		const before = await read();

		expect((await give(answered, event, { rating: 5, anonymous: true })).error).toBeNull();
		expect((await give(marked, event, { rating: 2, anonymous: true })).error).toBeNull();
		const after = await read();
		expect(after).toEqual(before);
		const byPerson = Object.fromEntries((after ?? []).map((r) => [r.user_id, r.attended]));
		expect(byPerson).toEqual({ [answered.userId]: null, [silent.userId]: null, [marked.userId]: false });

		// What the member said is theirs: they read it back; the organiser's mark stands apart.
		expect((await marked.from('feedback').select('attended').eq('event_id', event).single()).data).toEqual({ attended: true });
	});
});
