// Throw-away servers for test and benchmark runs: the local stack, a Debian PostgreSQL
// cluster, the production build. Each start registers its own stop with `cleanups`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from '../../supabase/local/config.ts';

export const root = resolve(import.meta.dirname, '../..');
export const bin = (name: string) => join(root, 'node_modules/.bin', name);

export type Cleanup = () => void | Promise<void>;

export const stackEnv = {
	// Whoever started us, child tools run on the project's Node 22 (node_modules/.bin/node).
	PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
	GOTRUE_SMTP_MAX_FREQUENCY: '1',
	// Every test client, and every app server's call, comes from 127.0.0.1: the stand-in's
	// limit per client address would stop the suite (tests/db/attack-signin.test.ts tests it).
	GOTRUE_RATE_LIMIT_VERIFY: '100000',
	HEARTH_SITE_URL: `http://localhost:${process.env.HEARTH_APP_PORT ?? '4173'}`,
	PUBLIC_SUPABASE_URL: `http://127.0.0.1:${config.apiPort}`,
	PUBLIC_SUPABASE_ANON_KEY: config.anonKey,
	SUPABASE_SERVICE_ROLE_KEY: config.serviceRoleKey
};

export async function startStack(env: Record<string, string>, cleanups: Cleanup[]) {
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
	const stop = () => stopChild(child);
	cleanups.push(stop);
	return { stop, pid: child.pid! };
}

/** A throw-away Debian PostgreSQL cluster, run as the postgres user (it refuses root), in scratch/`name`. */
export function startPostgres(scratch: string, cleanups: Cleanup[], name = 'postgres') {
	const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
	const binDir = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
	if (!binDir || !existsSync(join(binDir, 'pg_ctl'))) return null;
	const dir = join(scratch, name);
	// Far from the stack's own ports, so two checkouts' runs don't meet, and below Linux's
	// ephemeral range (32768-60999), where an earlier test's outgoing connection may hold it.
	const port = String(config.dbPort - 29000);
	const asRoot = process.getuid?.() === 0;
	const asPostgres = (args: string[]) => {
		const result = spawnSync(asRoot ? 'runuser' : args[0], asRoot ? ['-u', 'postgres', '--', ...args] : args.slice(1), { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
	};
	if (asRoot) chownSync(scratch, Number(spawnSync('id', ['-u', 'postgres']).stdout), -1);
	asPostgres([join(binDir, 'initdb'), '-D', dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
	asPostgres([join(binDir, 'pg_ctl'), '-D', dir, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
	let running = true;
	const stop = () => {
		if (running) asPostgres([join(binDir, 'pg_ctl'), '-D', dir, '-m', 'immediate', 'stop']);
		running = false;
	};
	cleanups.push(stop);
	// The server's process id is the first line of postmaster.pid.
	const pid = () => Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
	return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop, pid };
}

/** `vite build`, with the stack's public settings; throws with its output when it fails. */
export function buildApp() {
	const result = spawnSync(process.execPath, [bin('vite'), 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...stackEnv } });
	if (result.status !== 0) throw new Error(`the production build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The production build (`npm start`'s server) on `port`, answering once its home page does. */
export async function startApp(port: number, env: Record<string, string>, cleanups: Cleanup[]) {
	const url = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.ts'], {
		cwd: root,
		env: { ...process.env, ...stackEnv, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, ...env },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const stop = () => stopChild(child);
	cleanups.push(stop);
	for (let i = 0; child.exitCode === null; i++) {
		const ok = await fetch(url).then((r) => r.ok, () => false);
		if (ok) return { url, stop, pid: child.pid! };
		if (i > 300) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the app did not start on ${url}`);
}

/** Asks a child to stop, and waits until it has. */
function stopChild(child: ChildProcess) {
	return new Promise<void>((resolve) => {
		if (child.exitCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

export async function runCleanups(cleanups: Cleanup[]) {
	for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve().then(cleanup).catch((e) => console.error(e));
}
