// Latency through the API with supabase-js, as the app calls it: one client making calls
// one after another, and several clients at once.
import type { SupabaseClient } from '@supabase/supabase-js';
import { listUpcoming } from '../../src/lib/events/queries.ts';
import type { Figure } from './report.ts';
import { latencyFigures } from './summary.ts';

// Clients and sign-in as the API tests make them.
export { client as anon, signIn } from '../db/api.ts';

/** One call: `client` is which client makes it, `i` how many it made before. */
export type Call = (client: number, i: number) => PromiseLike<{ error: unknown }>;

async function timed(call: Call, client: number, i: number) {
	const start = performance.now();
	const { error } = await call(client, i);
	if (error) throw error;
	return performance.now() - start;
}

/** How many calls make a run: one client's, and each of the concurrent clients'. */
export interface Load {
	sequential: number;
	clients: number;
	perClient: number;
	runs: number;
}

async function sequentialRun(call: Call, calls: number) {
	const latencies: number[] = [];
	for (let i = 0; i < calls; i++) latencies.push(await timed(call, 0, i));
	return latencies;
}

async function concurrentRun(call: Call, clients: number, perClient: number) {
	const each = await Promise.all(
		Array.from({ length: clients }, async (_, c) => {
			const latencies: number[] = [];
			for (let i = 0; i < perClient; i++) latencies.push(await timed(call, c, i));
			return latencies;
		})
	);
	return each.flat();
}

/** p50 and p95 of one client's calls, one after another; each the median of `runs` runs. */
export async function sequential(group: string, name: string, call: Call, calls: number, runs: number, maxP95?: number) {
	console.log(`  ${group}: ${name}`);
	await sequentialRun(call, 5); // warm up: connections, plans, caches
	const latencies: number[][] = [];
	for (let run = 0; run < runs; run++) latencies.push(await sequentialRun(call, calls));
	return latencyFigures(group, name, latencies, maxP95);
}

/** p50 and p95 of the calls of `clients` clients at once, each calling one after another. */
export async function concurrent(group: string, name: string, call: Call, clients: number, perClient: number, runs: number, maxP95?: number) {
	console.log(`  ${group}: ${name}`);
	await concurrentRun(call, clients, 2);
	const latencies: number[][] = [];
	for (let run = 0; run < runs; run++) latencies.push(await concurrentRun(call, clients, perClient));
	return latencyFigures(group, name, latencies, maxP95);
}

/** One client and `load.clients` clients, under the same budget. */
export async function measure(group: string, name: string, call: Call, load: Load, maxP95?: number): Promise<Figure[]> {
	return [
		...(await sequential(group, `${name}, 1 client`, call, load.sequential, load.runs, maxP95)),
		...(await concurrent(group, `${name}, ${load.clients} clients`, call, load.clients, load.perClient, load.runs, maxP95))
	];
}

const noFilters = { words: '', from: null, to: null, format: null } as unknown as Parameters<typeof listUpcoming>[1];

/** The events list as /events asks for it when opened: listUpcoming itself, the 20 shown and the next. */
export const eventsList = (clients: SupabaseClient[]): Call => async (c) => {
	try {
		await listUpcoming(clients[c % clients.length], noFilters, 21);
		return { error: null };
	} catch (error) {
		return { error };
	}
};

export interface Search {
	latitude: number;
	longitude: number;
	topics: string[];
}

/** helpers_near with the arguments searchHelpers (src/lib/directory/queries.ts) sends: 10 km, page 1. */
export const nearMe = (clients: SupabaseClient[], searches: Search[]): Call => (c, i) => {
	const search = searches[(c * 7 + i) % searches.length];
	return clients[c % clients.length].rpc('helpers_near', {
		lat: search.latitude,
		lng: search.longitude,
		radius_km: 10,
		topics: search.topics,
		skills: [],
		languages: [],
		modes: [],
		words: null,
		page: 1,
		page_size: 20
	});
};

/** Going, then maybe, then going: every call changes the RSVP (and the places taken). */
export const rsvp = (members: SupabaseClient[], eventOf: (client: number) => string): Call => (c, i) =>
	members[c].rpc('rsvp', { event: eventOf(c), status: i % 2 ? 'maybe' : 'going' });

/** Feedback on an event that is over, as the feedback form sends it (a second time updates it). */
export const feedback = (members: SupabaseClient[], eventOf: (client: number, i: number) => string): Call => (c, i) =>
	members[c].rpc('give_feedback', {
		event: eventOf(c, i),
		attended: true,
		rating: 1 + (i % 5),
		felt_welcome: 'yes',
		took_part: 'partly',
		barriers: ['transport'],
		barrier_note: '',
		suggestions: ['closerToTransport'],
		suggestion_note: '',
		comment: 'Thank you, the captions helped.',
		anonymous: true
	});
