// Starts the whole local stack in this process (PostgREST as a child) and stops it cleanly.
import { createServer } from 'node:net';
import pg from 'pg';
import { config, apiUrl } from './config.ts';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { startPostgrest } from './postgrest.ts';
import { createAuth } from './auth.ts';
import { createGateway } from './gateway.ts';
import { Mailbox } from './mailbox.ts';
import { StackError } from './errors.ts';

export async function startStack(log: (line: string) => void) {
	const ports: [number, string][] = [
		[config.apiPort, 'HEARTH_API_PORT'],
		[config.restPort, 'HEARTH_REST_PORT'],
		[config.restAdminPort, 'HEARTH_REST_ADMIN_PORT']
	];
	if (!config.databaseUrl) ports.push([config.dbPort, 'HEARTH_DB_PORT']);
	for (const [port, variable] of ports) await ensureFree(port, variable);

	const cleanups: (() => Promise<unknown> | unknown)[] = [];
	const stop = async () => {
		for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
		cleanups.length = 0;
	};
	try {
		const database = await openDatabase();
		cleanups.push(() => database.close());
		const { applied, fresh } = await migrate(database.url, log);
		log(`database ${database.pglite ? config.dataDir : 'from DATABASE_URL'}: ${fresh ? 'fresh' : 'existing'}, ${applied.length} new migration(s)`);

		const postgrest = await startPostgrest(database.restUrl, database.pglite, log);
		cleanups.push(() => stopChild(postgrest));

		const pool = new pg.Pool({ connectionString: database.url, max: 2 });
		cleanups.push(() => pool.end());
		const mailbox = new Mailbox(log);
		const gateway = createGateway(createAuth(pool, mailbox), mailbox);
		await new Promise<void>((resolve, reject) => {
			gateway.once('error', reject);
			gateway.listen(config.apiPort, '127.0.0.1', resolve);
		});
		cleanups.push(() => new Promise((resolve) => gateway.close(resolve)) );
		gateway.closeIdleConnections?.();
		return { stop, databaseUrl: database.url, postgrestPid: postgrest.pid };
	} catch (error) {
		await stop();
		throw error;
	}
}

export function readyLine() {
	return `ready: API URL ${apiUrl} · anon key ${config.anonKey} · service_role key ${config.serviceRoleKey}`;
}

function ensureFree(port: number, variable: string) {
	return new Promise<void>((resolve, reject) => {
		const probe = createServer()
			.once('error', () =>
				reject(
					new StackError(
						`Port ${port} is already in use.`,
						`Another local stack (npm run dev, npm run supabase:start) or \`supabase start\` may be running: stop it, or choose another port with ${variable}=PORT.`
					)
				)
			)
			.once('listening', () => probe.close(() => resolve()))
			.listen(port, '127.0.0.1');
	});
}

function stopChild(child: import('node:child_process').ChildProcess) {
	if (child.exitCode !== null) return;
	return new Promise<void>((resolve) => {
		const force = setTimeout(() => child.kill('SIGKILL'), 3000);
		child.once('exit', () => {
			clearTimeout(force);
			resolve();
		});
		child.kill('SIGTERM');
	});
}
