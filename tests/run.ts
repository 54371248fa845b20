// npm test: starts a throw-away local stack, runs unit and API tests (Vitest) and browser
// tests (Playwright against the production build), then the API tests again on Debian's
// PostgreSQL when it is installed. Stops everything it started, whatever happens.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { config } from '../supabase/local/config.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'hearth-test-'));
const cleanups: (() => void | Promise<void>)[] = [() => rmSync(scratch, { recursive: true, force: true })];
const results: [string, boolean][] = [];

const stackEnv = {
	// Whoever started us, child tools run on the project's Node 22 (node_modules/.bin/node).
	PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
	GOTRUE_SMTP_MAX_FREQUENCY: '1',
	HEARTH_SITE_URL: `http://localhost:${process.env.HEARTH_APP_PORT ?? '4173'}`,
	PUBLIC_SUPABASE_URL: `http://127.0.0.1:${config.apiPort}`,
	PUBLIC_SUPABASE_ANON_KEY: config.anonKey
};

async function main() {
	const only = process.argv[2]; // optional: unit | db | e2e | postgres
	const wants = (part: string) => !only || only === part;

	let stack = await startStack({ HEARTH_DATA_DIR: join(scratch, 'pglite') });
	if (wants('unit') || wants('db')) {
		const projects = [wants('unit') && '--project=unit', wants('db') && '--project=db'].filter(Boolean) as string[];
		run('vitest (unit, API on PGlite)', bin('vitest'), ['run', ...projects]);
	}
	if (wants('e2e')) run('playwright (browser)', bin('playwright'), ['test']);
	await stack.stop();

	if (wants('postgres')) {
		const postgres = startPostgres();
		if (postgres) {
			stack = await startStack({ DATABASE_URL: postgres.url });
			run('vitest (API on Debian PostgreSQL)', bin('vitest'), ['run', '--project=db', '--exclude=tests/db/stack.test.ts'], {
				HEARTH_TEST_DATABASE_URL: postgres.url
			});
			await stack.stop();
		} else {
			console.log('\nDebian PostgreSQL not found (apt-get install postgresql): skipped the PostgreSQL pass.');
			results.push(['vitest (API on Debian PostgreSQL): PostgreSQL not installed', false]);
		}
	}
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

async function startStack(env: Record<string, string>) {
	const child: ChildProcess = spawn(process.execPath, ['supabase/local/start.ts'], {
		cwd: root,
		env: { ...process.env, ...stackEnv, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const ready = await new Promise<boolean>((resolve) => {
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			if (/^ready: /m.test(output)) resolve(true);
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', () => resolve(false));
	});
	if (!ready) throw new Error(`the local stack did not start:\n${output}`);
	console.log(`local stack ready (${env.DATABASE_URL ? 'Debian PostgreSQL' : 'PGlite'})`);
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	cleanups.push(stop);
	return { stop };
}

/** A throw-away Debian PostgreSQL cluster, run as the postgres user (it refuses root). */
function startPostgres() {
	const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
	const binDir = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
	if (!binDir || !existsSync(join(binDir, 'pg_ctl'))) return null;
	const dir = join(scratch, 'postgres');
	const port = String(config.dbPort + 100);
	const asPostgres = (args: string[]) => {
		const asRoot = process.getuid?.() === 0;
		const result = spawnSync(asRoot ? 'runuser' : args[0], asRoot ? ['-u', 'postgres', '--', ...args] : args.slice(1), { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
	};
	if (process.getuid?.() === 0) chownSync(scratch, Number(spawnSync('id', ['-u', 'postgres']).stdout), -1);
	asPostgres([join(binDir, 'initdb'), '-D', dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
	asPostgres([join(binDir, 'pg_ctl'), '-D', dir, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
	cleanups.push(() => asPostgres([join(binDir, 'pg_ctl'), '-D', dir, '-m', 'immediate', 'stop']));
	return { url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
}

let failed = false;
try {
	await main();
} catch (error) {
	console.error(error);
	failed = true;
} finally {
	for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch((e) => console.error(e));
}
console.log('\nSummary');
for (const [name, ok] of results) console.log(`  ${ok ? '✓' : '✗'} ${name}`);
const failures = results.filter(([, ok]) => !ok).length;
console.log(`suites: ${results.length - failures} passed, ${failures} failed`);
process.exit(failed || failures ? 1 : 0);
