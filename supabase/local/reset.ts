// npm run supabase:reset — wipe the local database, then platform, migrations and seed again.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { config } from './config.ts';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { StackError } from './errors.ts';

const log = (line: string) => console.log(`[supabase] ${line}`);

try {
	if (config.databaseUrl) {
		const client = new pg.Client({ connectionString: config.databaseUrl });
		await client.connect();
		await client.query(`
			drop schema if exists public cascade;
			drop schema if exists private cascade;
			drop schema if exists auth cascade;
			drop schema if exists supabase_migrations cascade;
			create schema public;
			grant usage on schema public to public;`);
		await client.end();
	} else {
		rmSync(config.dataDir, { recursive: true, force: true });
	}
	const database = await openDatabase().catch((error) => {
		if (/EADDRINUSE/.test(String(error))) {
			throw new StackError(`Port ${config.dbPort} is in use: the local stack seems to be running.`, 'Stop it (Ctrl-C in its terminal), then reset again.');
		}
		throw error;
	});
	const { applied } = await migrate(database.url, log);
	await database.close();
	console.log(`reset done: ${applied.length} migration(s) and the seed applied.`);
} catch (error) {
	if (error instanceof StackError) console.error(`\n✖ ${error.message}\n  ${error.fix}\n`);
	else console.error(error);
	process.exit(1);
}
