// The load test (`npm test -- load`): 200 members, each with a real session, browse events,
// RSVP and give feedback for 60 s against the production build on Debian's PostgreSQL
// (tests/run.ts starts both). The members run in their own process (members.ts); this one
// sets up, samples places while they run, then checks what the app acknowledged against the
// database. Latency is printed, never asserted.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createServerClient } from '@supabase/ssr';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printFigures } from '../bench/report.ts';
import { anonKey, apiUrl, bristol, client, databaseUrl, requestCode, sql } from '../db/api.ts';
import { cpuBetween, cpuSeconds } from './cpu.ts';
import { feedbackProblems, loadFigures, placesProblems, rsvpProblems, type FeedbackRow, type PlacesRow, type Plan, type Results, type RsvpRow } from './plan.ts';

const appUrl = process.env.HEARTH_LOAD_APP_URL;
if (!appUrl) throw new Error('HEARTH_LOAD_APP_URL is not set: run the load test with `npm test -- load`, which starts the app for it.');
const memberCount = 200;
const durationMs = 60_000;
const venue = 'b0000000-0000-4000-8000-000000000001';
const organiser = 'a0000000-0000-4000-8000-000000000003';

/** Signs a new member in through Auth, keeping the cookies @supabase/ssr writes, as the app's own sign-in would. */
async function signedInMember(email: string) {
	const { code } = await requestCode(client(), email);
	const cookies = new Map<string, string>();
	const supabase = createServerClient(apiUrl, anonKey, {
		cookies: {
			getAll: () => [...cookies].map(([name, value]) => ({ name, value })),
			setAll: (changed) => {
				for (const { name, value, options } of changed) {
					if (options.maxAge === 0 || !value) cookies.delete(name);
					else cookies.set(name, value);
				}
			}
		}
	});
	const { data, error } = await supabase.auth.verifyOtp({ email, token: code, type: 'email' });
	if (error || !data.user) throw error ?? new Error(`no user for ${email}`);
	return { id: data.user.id, cookies: Object.fromEntries(cookies) };
}

/** Runs `work` on every item, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>) {
	const out: R[] = [];
	for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(work))));
	return out;
}

/** Published Bristol events with these capacities, starting `startsIn` from now (an SQL interval; negative for ended ones). */
async function makeEvents(title: string, capacities: (number | null)[], startsIn: string) {
	const rows = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, capacity, status, created_by)
		 select $1, $2, $3 || ' ' || n, 'An event for the load test.', now() + $5::interval, now() + $5::interval + interval '2 hours', capacity, 'published', $4
		 from unnest($6::int[]) with ordinality as c(capacity, n)
		 returning id`,
		[bristol, venue, title, organiser, startsIn, capacities]
	);
	return rows.map((r) => r.id);
}

const placesQuery = `
	select e.id as event_id, e.capacity, p.taken,
	  coalesce(sum(r.places) filter (where r.status = 'going'), 0)::int as held,
	  count(*) filter (where r.status = 'waitlist')::int as waiting,
	  (select 1 + (w.companion and e.companion_takes_place)::int from public.rsvps w
	    where w.event_id = e.id and w.status = 'waitlist' order by w.waitlist_order limit 1) as first_needs
	from public.events e join public.event_places p on p.event_id = e.id left join public.rsvps r on r.event_id = e.id
	where e.id = any($1) group by e.id, e.capacity, p.taken`;

let plan: Plan;
let results: Results;
let cpu: Record<string, number> = {};
const samples: { at: number; problems: string[] }[] = [];

/** Runs the members' process to the end, sampling places every half second while it runs. */
async function runMembers(): Promise<Results> {
	const members = fork(join(import.meta.dirname, 'members.ts'), { execArgv: [], stdio: 'inherit' });
	const trees = { ...JSON.parse(process.env.HEARTH_LOAD_PROCESSES ?? '{}'), members: members.pid!, 'this test (sampling places)': process.pid };
	const db = new pg.Client({ connectionString: databaseUrl });
	await db.connect();
	const events = [...plan.fewPlaces, ...plan.manyPlaces];
	let before: Record<string, number> = {};
	const done = new Promise<Results>((resolve, reject) => {
		members.on('message', (message) => {
			if (message === 'together') before = cpuSeconds(trees);
			else {
				cpu = cpuBetween(before, cpuSeconds(trees));
				resolve(message as Results);
			}
		});
		members.once('exit', (code) => reject(new Error(`the members' process ended (${code}) without results`)));
	});
	members.send(plan);
	let running = true;
	const sampling = (async () => {
		const start = Date.now();
		while (running) {
			const { rows } = await db.query<PlacesRow>(placesQuery, [events]);
			samples.push({ at: Date.now() - start, problems: placesProblems(rows, false) });
			await new Promise((r) => setTimeout(r, 500));
		}
	})();
	try {
		return await done;
	} finally {
		running = false;
		await sampling;
		await db.end();
	}
}

describe(`${memberCount} members browsing, RSVPing and giving feedback for ${durationMs / 1000} s`, () => {
	beforeAll(async () => {
		const emails = Array.from({ length: memberCount }, (_, i) => `load-${Date.now()}-${i}@example.org`);
		const members = await inBatches(emails, 10, signedInMember);
		const fewPlaces = await makeEvents('Load test, few places', [10, 10, 15, 20], '7 days');
		const manyPlaces = await makeEvents('Load test, many places', [null, null, 1000, 1000], '8 days');
		const past = await makeEvents('Load test, ended', [null, null, null], '-2 days');
		// Everyone said they'd come to the ended events (rsvp() closes when an event starts).
		await sql(
			`with added as (insert into public.rsvps (event_id, user_id, status, places)
			   select e, u, 'going', 1 from unnest($1::uuid[]) e, unnest($2::uuid[]) u returning event_id)
			 update public.event_places p set taken = (select count(*) from added a where a.event_id = p.event_id) where p.event_id = any($1)`,
			[past, members.map((m) => m.id)]
		);
		plan = { appUrl, durationMs, thinkMs: 500, members, fewPlaces, manyPlaces, past };
		results = await runMembers();
	}, 240_000);

	afterAll(() => {
		if (!results) return;
		printFigures([
			...loadFigures(results, memberCount, cpu),
			{ group: 'Load: places sampled while members ran', name: 'samples', value: samples.length, unit: '', runs: 1 }
		]);
		if (results.unexpected.length) console.log('first unexpected answers:', results.unexpected);
	});

	it('answers every request as a browser expects: no 5xx, no errors, no refusals', () => {
		expect(results.unexpected).toEqual([]);
		expect(results.unexpectedCount).toBe(0);
		expect(results.unknown).toEqual([]);
		// The run did what it says: every member RSVP'd and gave feedback (each one's first visit does both).
		const who = (told: object) => new Set(Object.keys(told).map((key) => key.split(' ')[0])).size;
		expect(who(results.toldRsvp)).toBe(memberCount);
		expect(who(results.toldFeedback)).toBe(memberCount);
	});

	it('keeps every RSVP it acknowledged, in the state the member was last told (or promoted from the waitlist)', async () => {
		const rows = await sql<RsvpRow>('select event_id, user_id, status, promoted_at from public.rsvps where event_id = any($1)', [
			[...plan.fewPlaces, ...plan.manyPlaces]
		]);
		expect(rsvpProblems(results.toldRsvp, rows, results.unknown)).toEqual([]);
		// Contention happened: some were told to wait.
		expect(results.answerCounts.waitlist).toBeGreaterThan(0);
	});

	it('keeps every feedback it acknowledged, as last sent', async () => {
		const rows = await sql<FeedbackRow>('select event_id, user_id, attended, rating, comment from public.feedback where event_id = any($1)', [plan.past]);
		expect(feedbackProblems(results.toldFeedback, rows, results.unknown)).toEqual([]);
	});

	it('never exceeds capacity, at any sampled moment during the run', () => {
		expect(samples.length).toBeGreaterThan(5);
		expect(samples.filter((s) => s.problems.length)).toEqual([]);
	});

	it('ends with events within capacity, the counter matching the RSVPs, and the waitlist holding the rest', async () => {
		const rows = await sql<PlacesRow>(placesQuery, [[...plan.fewPlaces, ...plan.manyPlaces]]);
		expect(rows).toHaveLength(plan.fewPlaces.length + plan.manyPlaces.length);
		expect(placesProblems(rows, true)).toEqual([]);
	});
});
