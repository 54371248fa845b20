// Throw-away servers for test and benchmark runs: the local stack, and a Debian
// PostgreSQL cluster. Each start registers its own stop with `cleanups`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from '../../supabase/local/config.ts';

export const root = resolve(import.meta.dirname, '../..');
export const bin = (name: string) => join(root, 'node_modules/.bin', name);

export type Cleanup = () => void | Promise<void>;

export const stackEnv = {
	// Whoever started us, child tools run on the project's Node 22 (node_modules/.bin/node).
	PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
	GOTRUE_SMTP_MAX_FREQUENCY: '1',
	HEARTH_SITE_URL: `http://localhost:${process.env.HEARTH_APP_PORT ?? '4173'}`,
	PUBLIC_SUPABASE_URL: `http://127.0.0.1:${config.apiPort}`,
	PUBLIC_SUPABASE_ANON_KEY: config.anonKey
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
export function startPostgres(scratch: string, cleanups: Cleanup[]) {
	const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
	const binDir = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
	if (!binDir || !existsSync(join(binDir, 'pg_ctl'))) return null;
	const dir = join(scratch, 'postgres');
	// Far from the stack's own ports, so two checkouts' runs don't meet.
	const port = String(config.dbPort + 1000);
	const asRoot = process.getuid?.() === 0;
	const asPostgres = (args: string[]) => {
		const result = spawnSync(asRoot ? 'runuser' : args[0], asRoot ? ['-u', 'postgres', '--', ...args] : args.slice(1), { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
	};
	if (asRoot) chownSync(scratch, Number(spawnSync('id', ['-u', 'postgres']).stdout), -1);
	asPostgres([join(binDir, 'initdb'), '-D', dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
	asPostgres([join(binDir, 'pg_ctl'), '-D', dir, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
	cleanups.push(() => asPostgres([join(binDir, 'pg_ctl'), '-D', dir, '-m', 'immediate', 'stop']));
	return { url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
}

export async function runCleanups(cleanups: Cleanup[]) {
	for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve().then(cleanup).catch((e) => console.error(e));
}
