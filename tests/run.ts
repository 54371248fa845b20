// npm test: starts a throw-away local stack, runs unit and API tests (Vitest) and browser
// tests (Playwright against the production build), then the API tests again on Debian's
// PostgreSQL when it is installed, then the load test on a fresh cluster of its own. Stops
// everything it started, whatever happens.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root, runCleanups, stackEnv, startApp, startPostgres, startStack, type Cleanup } from './support/processes.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hearth-test-'));
const cleanups: Cleanup[] = [() => rmSync(scratch, { recursive: true, force: true })];
const results: [string, boolean][] = [];
/** Failed and flaky browser tests, repeated in the summary: a long log's tail may be all one sees. */
const notes: string[] = [];

async function main() {
	const only = process.argv[2]; // optional: unit | db | e2e | postgres | load
	const wants = (part: string) => !only || only === part;

	let stack = await startStack({ HEARTH_DATA_DIR: join(scratch, 'pglite') }, cleanups);
	if (wants('unit') || wants('db')) {
		const projects = [wants('unit') && '--project=unit', wants('db') && '--project=db'].filter(Boolean) as string[];
		run('vitest (unit, API on PGlite)', bin('vitest'), ['run', ...projects]);
	}
	// Anything after the part goes to Playwright, e.g. `npm test -- e2e rsvp.nojs`.
	if (wants('e2e')) {
		const report = join(scratch, 'e2e.json');
		run('playwright (browser)', bin('playwright'), ['test', ...process.argv.slice(3)], { HEARTH_E2E_REPORT: report });
		notes.push(...browserTestTroubles(report));
	}
	await stack.stop();

	if (wants('postgres')) {
		const postgres = startPostgres(scratch, cleanups);
		if (postgres) {
			stack = await startStack({ DATABASE_URL: postgres.url }, cleanups);
			run('vitest (API on Debian PostgreSQL)', bin('vitest'), ['run', '--project=db', '--exclude=tests/db/stack.test.ts'], {
				HEARTH_TEST_DATABASE_URL: postgres.url
			});
			await stack.stop();
			postgres.stop();
		} else {
			console.log('\nDebian PostgreSQL not found (apt-get install postgresql): the PostgreSQL pass cannot run.');
			results.push(['vitest (API on Debian PostgreSQL): PostgreSQL not installed', false]);
		}
	}

	if (wants('load')) {
		const postgres = startPostgres(scratch, cleanups, 'postgres-load');
		if (!postgres) {
			results.push(['load test: PostgreSQL not installed', false]);
			return;
		}
		// The browser tests' server built it a moment ago; on its own, this part builds.
		if (!wants('e2e')) run('production build', bin('vite'), ['build']);
		const loadStack = await startStack({ DATABASE_URL: postgres.url, GOTRUE_SMTP_MAX_FREQUENCY: '0' }, cleanups);
		const app = await startApp(Number(process.env.HEARTH_APP_PORT ?? '4173'), {}, cleanups);
		run('vitest (load: 200 members for 60 s on Debian PostgreSQL)', bin('vitest'), ['run', '--project=load'], {
			HEARTH_TEST_DATABASE_URL: postgres.url,
			HEARTH_LOAD_APP_URL: app.url,
			// Whose CPU time to report (PostgREST is counted apart from the stack that starts it).
			HEARTH_LOAD_PROCESSES: JSON.stringify({ 'app server': app.pid, 'gateway and Auth stand-in': loadStack.pid, PostgreSQL: postgres.pid() })
		});
	}
}

interface Suite {
	title: string;
	suites?: Suite[];
	specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}

function browserTestTroubles(reportFile: string): string[] {
	if (!existsSync(reportFile)) return [];
	const specs = (suite: Suite): NonNullable<Suite['specs']> => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specs)];
	const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { suites: Suite[] };
	return report.suites.flatMap(specs).flatMap((spec) =>
		spec.tests
			.filter((test) => test.status === 'unexpected' || test.status === 'flaky')
			.map((test) => {
				const error = test.results.find((result) => result.error)?.error?.message ?? '';
				const firstLines = error.replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 6).join('\n      ');
				return `${test.status === 'flaky' ? 'flaky (passed on retry)' : 'failed'}: ${spec.file}:${spec.line} › ${spec.title}\n      ${firstLines}`;
			})
	);
}

function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
	console.log(`\n▶ ${name}`);
	const result = spawnSync(process.execPath, [command, ...args], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...stackEnv, ...env }
	});
	results.push([name, result.status === 0]);
}

let failed = false;
try {
	await main();
} catch (error) {
	console.error(error);
	failed = true;
} finally {
	await runCleanups(cleanups);
}
console.log('\nSummary');
for (const [name, ok] of results) console.log(`  ${ok ? '✓' : '✗'} ${name}`);
for (const note of notes) console.log(`  ${note}`);
const failures = results.filter(([, ok]) => !ok).length;
console.log(`suites: ${results.length - failures} passed, ${failures} failed`);
process.exit(failed || failures ? 1 : 0);
