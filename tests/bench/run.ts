// npm run bench: figures, never assertions. Starts a throw-away Debian PostgreSQL cluster
// and the local stack on it, then measures through the API with supabase-js, as the app
// calls it. Prints a table and writes bench/results.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { config } from '../../supabase/local/config.ts';
import { root, runCleanups, startPostgres, startStack, type Cleanup } from '../support/processes.ts';
import { printFigures, writeFigures, type Figure } from './report.ts';
import { median, percentile } from './stats.ts';

const api = `http://127.0.0.1:${config.apiPort}`;
const scratch = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
const cleanups: Cleanup[] = [() => rmSync(scratch, { recursive: true, force: true })];
const figures: Figure[] = [];

const client = () => createClient(api, config.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });

async function signIn(email: string) {
	const supabase = client();
	for (;;) {
		const { error } = await supabase.auth.signInWithOtp({ email });
		if (!error) break;
		await new Promise((r) => setTimeout(r, 300));
	}
	const [mail] = await (await fetch(`${api}/mailbox?email=${encodeURIComponent(email)}`)).json();
	const { error } = await supabase.auth.verifyOtp({ email, token: mail.code, type: 'email' });
	if (error) throw error;
	return supabase;
}

async function timed(work: () => PromiseLike<{ error: unknown }>) {
	const start = performance.now();
	const { error } = await work();
	if (error) throw error;
	return performance.now() - start;
}

/** Runs `measure` several times and keeps the median p50 and p95, as the budgets ask. */
async function figure(name: string, budget: number, measure: () => Promise<number[]>, repeats = 3) {
	const p50s: number[] = [];
	const p95s: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const latencies = await measure();
		p50s.push(percentile(latencies, 50));
		p95s.push(percentile(latencies, 95));
	}
	const group = 'API on Debian PostgreSQL';
	figures.push(
		{ group, name: `${name}, p50`, value: median(p50s), unit: 'ms', runs: repeats },
		{ group, name: `${name}, p95`, value: median(p95s), unit: 'ms', budget: { max: budget }, runs: repeats }
	);
}

async function rsvpFigures(members: SupabaseClient[], events: string[]) {
	const toggle = (who: SupabaseClient, event: string, i: number) => () => who.rpc('rsvp', { event, status: i % 2 ? 'maybe' : 'going' });
	const concurrently = (eventFor: (client: number) => string) => async () => {
		const perClient = await Promise.all(
			members.map(async (who, c) => {
				const latencies = [];
				for (let i = 0; i < 20; i++) latencies.push(await timed(toggle(who, eventFor(c), i)));
				return latencies;
			})
		);
		return perClient.flat();
	};
	await figure('RSVP, one client', 30, async () => {
		const latencies = [];
		for (let i = 0; i < 200; i++) latencies.push(await timed(toggle(members[0], events[0], i)));
		return latencies;
	});
	// RSVPs to one event queue on its places row by design (that is what keeps capacity exact).
	await figure('RSVP, 50 clients, same event', 30, concurrently(() => events[0]));
	await figure('RSVP, 50 clients, 50 events', 30, concurrently((c) => events[c]));
}

async function main() {
	const postgres = startPostgres(scratch, cleanups);
	if (!postgres) throw new Error('Debian PostgreSQL is needed for the benchmark: apt-get install -y postgresql');
	await startStack({ DATABASE_URL: postgres.url, GOTRUE_SMTP_MAX_FREQUENCY: '0' }, cleanups);
	const admin = createClient(api, config.serviceRoleKey, { auth: { persistSession: false } });
	const start = new Date(Date.now() + 7 * 86_400_000);
	const { data: events, error } = await admin
		.from('events')
		.insert(
			Array.from({ length: 50 }, (_, i) => ({
				community_id: '11111111-1111-4111-8111-111111111111',
				venue_id: 'b0000000-0000-4000-8000-000000000001',
				title: `Benchmark event ${i}`,
				starts_at: start.toISOString(),
				ends_at: new Date(start.getTime() + 7_200_000).toISOString(),
				capacity: 100_000,
				status: 'published'
			}))
		)
		.select('id');
	if (error) throw error;
	const members = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(`bench-${i}@example.org`)));
	await rsvpFigures(members, events.map((e) => e.id as string));
}

try {
	await main();
} finally {
	await runCleanups(cleanups);
}

printFigures(figures);
console.log(`\nwritten to ${writeFigures(root, figures)} (each figure the median of its runs)`);
