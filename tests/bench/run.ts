// npm run bench: figures, never assertions. Builds the app, starts the local stack on a
// throw-away Debian PostgreSQL with bench data and the production build on it, then:
// Lighthouse on the main pages; API latency through supabase-js (as the app calls it);
// the near-me search with today's btree index, with earthdistance + GiST, and with no
// index; then the API figures again on PGlite. Prints one table, writes bench/results.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { config } from '../../supabase/local/config.ts';
import { buildApp, root, runCleanups, startApp, startPostgres, startStack, type Cleanup } from '../support/processes.ts';
import { anon, concurrent, eventsList, feedback, measure, nearMe, rsvp, signIn, type Load, type Search } from './api.ts';
import { loadEvents, loadHelpers, loadRsvpEvents, makeHelpers, towns } from './data.ts';
import { lighthouseRuns, type Findings } from './lighthouse.ts';
import { printFigures, writeFigures, type Figure } from './report.ts';
import { sizeFigures } from './sizes.ts';
import { currentSearch, useEarthdistance, withoutSpatialIndex } from './spatial.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
const cleanups: Cleanup[] = [() => rmSync(scratch, { recursive: true, force: true })];
const figures: Figure[] = [];
const findings: Findings = new Map();
const started = Date.now();
const step = (what: string) => console.log(`\n[${Math.round((Date.now() - started) / 1000)} s] ${what}`);

const eventCount = 10_000;
const members = 50;

interface Database {
	label: string;
	url: string;
	helpers: number;
	/** Calls per run: PGlite is one backend, so it gets fewer. The no-index baseline is slow by design. */
	load: Load;
	baseline: Load;
	/** Budgets apply on Debian's PostgreSQL only. */
	budgets: boolean;
}

async function withDb<T>(url: string, work: (db: pg.Client) => Promise<T>) {
	const db = new pg.Client({ connectionString: url });
	await db.connect();
	try {
		return await work(db);
	} finally {
		await db.end();
	}
}

/** Searches around the bigger towns (BS5 too, as the e2e tests search). */
const searches = (topics: string[]): Search[] => [
	{ latitude: 51.46, longitude: -2.56, topics },
	...towns.slice(0, 8).map((t) => ({ latitude: Math.round(t.latitude * 100) / 100, longitude: Math.round(t.longitude * 100) / 100, topics }))
];
const filters: [string, string[]][] = [
	['any topic', []],
	['one topic', ['digital-inclusion']]
];

async function loadData(database: Database) {
	step(`loading ${database.helpers.toLocaleString('en-GB')} helpers and ${eventCount.toLocaleString('en-GB')} events into ${database.label}`);
	await withDb(database.url, async (db) => {
		await loadHelpers(db, makeHelpers(database.helpers));
		await loadEvents(db, eventCount);
	});
	const people = await Promise.all(Array.from({ length: members }, (_, i) => signIn(`bench-${i}@example.org`)));
	const events = await withDb(database.url, (db) => loadRsvpEvents(db, members, people.map((p) => p.userId)));
	return { people, ...events };
}

/** The same page of results, for a few searches, from whichever search is in place. */
async function nearMeAnswers() {
	const client = anon();
	const answers = [];
	for (const radius of [10, 25]) {
		for (const [, topics] of filters) {
			for (const search of searches(topics).slice(0, 5)) {
				const { data, error } = await client.rpc('helpers_near', { lat: search.latitude, lng: search.longitude, radius_km: radius, topics, page_size: 50 });
				if (error) throw error;
				answers.push((data as { id: string; distance_km: number; total: number }[]).map((h) => `${h.id} ${h.distance_km} ${h.total}`));
			}
		}
	}
	return answers;
}

async function apiFigures(database: Database, { people, upcoming, past }: Awaited<ReturnType<typeof loadData>>) {
	const group = `API on ${database.label}`;
	const near = `Near-me 10 km on ${database.label}, ${database.helpers.toLocaleString('en-GB')} helpers`;
	const budget = (ms: number) => (database.budgets ? ms : undefined);
	const readers = Array.from({ length: database.load.clients }, anon);
	const { load, baseline } = database;
	step(`API latency on ${database.label}`);
	figures.push(...(await measure(group, `events list, ${eventCount.toLocaleString('en-GB')} events`, eventsList(readers), load, budget(20))));
	figures.push(...(await measure(group, 'RSVP', rsvp(people, (c) => upcoming[c]), load, budget(30))));
	if (database.budgets) {
		// The bench's figures from before: RSVPs to one event queue on its places row by design.
		figures.push(...(await concurrent(group, `RSVP, ${members} clients, same event`, rsvp(people, () => upcoming[0]), members, 10, load.runs, 30)));
		figures.push(...(await concurrent(group, `RSVP, ${members} clients, ${members} events`, rsvp(people, (c) => upcoming[c]), members, 10, load.runs, 30)));
	}
	figures.push(...(await measure(group, 'feedback', feedback(people, (c, i) => past[(c + i) % past.length]), load)));

	const nearMeFigures = async (index: string, work: Load, maxP95?: number) => {
		for (const [filter, topics] of filters) figures.push(...(await measure(near, `${index}, ${filter}`, nearMe(readers, searches(topics)), work, maxP95)));
	};
	step(`near-me on ${database.label}: today's btree box, earthdistance + GiST, no index`);
	await nearMeFigures('btree box (today)', load, budget(20));
	const before = await nearMeAnswers();
	const original = await withDb(database.url, async (db) => {
		const original = await currentSearch(db);
		await useEarthdistance(db, original);
		return original;
	});
	const after = await nearMeAnswers();
	const differing = before.filter((answer, i) => answer.join() !== after[i].join()).length;
	if (differing) throw new Error(`the earthdistance search answered ${differing} of ${before.length} searches differently`);
	console.log(`  earthdistance answers the same as the btree box for ${before.length} searches`);
	await nearMeFigures('earthdistance GiST', load);
	await withDb(database.url, (db) => withoutSpatialIndex(db, original));
	await nearMeFigures('no index (baseline)', baseline);
}

async function main() {
	step('building the app (npm run build)');
	buildApp();
	const postgres = startPostgres(scratch, cleanups);
	if (!postgres) throw new Error('Debian PostgreSQL is needed for the benchmark: apt-get install -y postgresql');
	step('starting the local stack on a throw-away Debian PostgreSQL');
	const stack = await startStack({ DATABASE_URL: postgres.url, GOTRUE_SMTP_MAX_FREQUENCY: '0' }, cleanups);
	const debian: Database = {
		label: 'Debian PostgreSQL',
		url: postgres.url,
		helpers: 100_000,
		load: { sequential: 60, clients: 10, perClient: 10, runs: 3 },
		baseline: { sequential: 10, clients: 10, perClient: 2, runs: 3 },
		budgets: true
	};
	const bench = await loadData(debian);

	step('starting the production build (node build)');
	const appCleanups: Cleanup[] = [];
	const { url: appUrl } = await startApp(Number(process.env.HEARTH_APP_PORT ?? '4173'), {}, appCleanups);

	step('sizes from the build (initial JS per route, precache)');
	figures.push(...(await sizeFigures(appUrl)));

	const event = await withDb(postgres.url, async (db) => {
		const { rows } = await db.query<{ id: string }>(
			`select id from public.events where title like 'Bench event %' and status = 'published' and format = 'in_person'
			 and starts_at > now() order by starts_at limit 1`
		);
		return rows[0].id;
	});
	step('Lighthouse (mobile, 3 runs a page)');
	figures.push(
		...(await lighthouseRuns(
			appUrl,
			[
				{ name: 'Home', path: '/' },
				{ name: 'Events', path: '/events' },
				{ name: 'An event', path: `/events/${event}` },
				{ name: 'Near me, map closed', path: '/near-me?near=BS5' },
				// Map tiles come from tile.openstreetmap.org, which this machine cannot reach.
				{ name: 'Near me, map open', path: '/near-me?near=BS5&map=open', performance: 90 },
				{ name: 'Welcome', path: '/welcome' }
			],
			3,
			findings
		))
	);
	await runCleanups(appCleanups);

	await apiFigures(debian, bench);
	await stack.stop();

	step('starting the local stack on PGlite');
	await startStack({ HEARTH_DATA_DIR: join(scratch, 'pglite'), GOTRUE_SMTP_MAX_FREQUENCY: '0' }, cleanups);
	const pglite: Database = {
		label: 'PGlite',
		url: `postgresql://postgres:postgres@127.0.0.1:${config.dbPort}/postgres`,
		helpers: 10_000,
		load: { sequential: 30, clients: 10, perClient: 4, runs: 3 },
		baseline: { sequential: 10, clients: 10, perClient: 2, runs: 3 },
		budgets: false
	};
	await apiFigures(pglite, await loadData(pglite));
}

let failure: unknown;
try {
	await main();
} catch (error) {
	failure = error;
} finally {
	await runCleanups(cleanups);
}

// What was measured before a failure is still worth seeing.
printFigures(figures);
if (findings.size) {
	console.log('\nLighthouse audits that did not pass (in any run):');
	for (const [page, found] of findings) if (found.size) console.log(`  ${page}\n    ${[...found].join('\n    ')}`);
}
console.log(`\nwritten to ${writeFigures(root, figures)} (each figure the median of its runs) in ${Math.round((Date.now() - started) / 1000)} s`);
if (failure) {
	console.error('\nThe bench stopped early:', failure);
	process.exit(1);
}
