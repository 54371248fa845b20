// The Postgres the local stack runs on: PGlite persisted under .data/, served on a local
// port; or, when DATABASE_URL is set, that real Postgres instead.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { config } from './config.ts';
import { SessionQueue } from './session-queue.ts';
import { StackError } from './errors.ts';

export interface Database {
	/** Connection string for the stack's own work (migrations, auth), as a superuser. */
	url: string;
	/** Connection string PostgREST uses. */
	restUrl: string;
	pglite: boolean;
	close(): Promise<void>;
}

export async function openDatabase(): Promise<Database> {
	if (config.databaseUrl) {
		const rest = new URL(config.databaseUrl);
		rest.username = 'authenticator';
		rest.password = 'postgres';
		return { url: config.databaseUrl, restUrl: rest.toString(), pglite: false, close: async () => {} };
	}
	const db = await openPglite();
	const server = new PGLiteSocketServer({ db, port: config.dbPort, host: '127.0.0.1', maxConnections: 16 });
	// Replace the package's queue (see session-queue.ts for why).
	(server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
	await server.start();
	const url = `postgresql://postgres:postgres@127.0.0.1:${config.dbPort}/postgres`;
	return {
		url,
		restUrl: url,
		pglite: true,
		close: async () => {
			await server.stop();
			await db.close();
		}
	};
}

async function openPglite() {
	mkdirSync(config.dataDir, { recursive: true });
	try {
		// Available as on Debian's PostgreSQL (postgresql-contrib), for `create extension`.
		const db = new PGlite(config.dataDir, { extensions: { cube, earthdistance } });
		await db.waitReady;
		await db.query('select 1');
		return db;
	} catch (error) {
		throw new StackError(
			`The local database in ${config.dataDir} could not be opened (${describe(error)}).`,
			'Run `npm run supabase:reset` to start again with a fresh local database (this deletes local data).'
		);
	}
}

function describe(error: unknown) {
	return error instanceof Error ? error.message : String(error);
}
