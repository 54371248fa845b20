// Applies platform.sql, then each migration not yet recorded (in order, each in its own
// transaction, recorded as the Supabase CLI does), then seed.sql on a fresh database.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { supabaseDir } from './config.ts';
import { StackError } from './errors.ts';

const migrationsDir = join(supabaseDir, 'migrations');

export async function migrate(url: string, log: (line: string) => void = () => {}) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(readFileSync(join(import.meta.dirname, 'platform.sql'), 'utf8'));
		const { rows } = await client.query<{ version: string }>(
			'select version from supabase_migrations.schema_migrations'
		);
		const done = new Set(rows.map((r) => r.version));
		const fresh = done.size === 0;
		const applied: string[] = [];
		for (const file of migrationFiles()) {
			const version = file.split('_')[0];
			if (done.has(version)) continue;
			const sql = readFileSync(join(migrationsDir, file), 'utf8');
			await runInTransaction(client, file, sql, async () => {
				await client.query(
					'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
					[version, file.slice(version.length + 1, -4), [sql]]
				);
			});
			applied.push(file);
			log(`applied migration ${file}`);
		}
		const seed = join(supabaseDir, 'seed.sql');
		if (fresh && existsSync(seed)) {
			await runInTransaction(client, 'seed.sql', readFileSync(seed, 'utf8'));
			log('applied seed.sql');
		}
		return { fresh, applied };
	} finally {
		await client.end();
	}
}

export function migrationFiles() {
	return readdirSync(migrationsDir)
		.filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
		.sort();
}

async function runInTransaction(client: pg.Client, file: string, sql: string, after?: () => Promise<void>) {
	await client.query('begin');
	try {
		await client.query(sql);
		await after?.();
		await client.query('commit');
	} catch (error) {
		await client.query('rollback');
		const e = error as { message?: string; position?: string };
		const line = e.position ? sql.slice(0, Number(e.position)).split('\n').length : undefined;
		throw new StackError(
			`${file} failed${line ? ` at line ${line}` : ''}: ${e.message ?? error}.`,
			`Fix the SQL in supabase/${file === 'seed.sql' ? '' : 'migrations/'}${file} and start again; migrations before it stay applied.`
		);
	}
}
