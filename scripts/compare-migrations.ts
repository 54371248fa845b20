// Proves two sets of migrations build the same database: migrates two fresh databases on a
// throw-away Debian PostgreSQL, one from the migrations at a git revision and one from the
// working tree, and compares their catalogues (tables, columns, types, defaults,
// constraints, indexes, policies, grants, triggers, function bodies, comments). Prints each
// difference and exits 1 when there is one.
//
//   node scripts/compare-migrations.ts [REV]    (REV: the squash's parent by default)
//
// Written for the squash of 14 migrations into one per feature; kept to check the next one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrationFiles } from '../supabase/local/migrate.ts';
import { root, runCleanups, startPostgres, type Cleanup } from '../tests/support/processes.ts';

/** The last commit with the migrations as they were before the squash. */
const beforeSquash = 'a66a334';
const rev = process.argv[2] ?? beforeSquash;

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const oldFiles = git('ls-tree', '--name-only', `${rev}:supabase/migrations`).split('\n').filter((f) => f.endsWith('.sql')).sort();
const oldSql = oldFiles.map((f) => git('show', `${rev}:supabase/migrations/${f}`));
const newSql = migrationFiles().map((f) => readFileSync(join(root, 'supabase/migrations', f), 'utf8'));
const platform = readFileSync(join(root, 'supabase/local/platform.sql'), 'utf8');

/** One query per kind of object; each row is one line `kind: text` to compare as a set. */
const catalogue: Record<string, string> = {
	relation: `select format('%s %s rls=%s force=%s', c.oid::regclass, c.relkind, c.relrowsecurity, c.relforcerowsecurity)
		from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where n.nspname in ('public', 'private') and c.relkind in ('r', 'v', 'm', 'S', 'c', 'p', 'f')`,
	column: `select format('%s.%s #%s %s not null=%s default=%s generated=%s identity=%s collation=%s',
			c.oid::regclass, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
			pg_get_expr(d.adbin, d.adrelid), a.attgenerated, a.attidentity, a.attcollation)
		from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
		left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
		where n.nspname in ('public', 'private') and a.attnum > 0 and not a.attisdropped
			and c.relkind in ('r', 'v', 'm', 'c', 'p', 'f')`,
	constraint: `select format('%s %s %s validated=%s deferrable=%s', coalesce(k.conrelid::regclass::text, k.contypid::regtype::text),
			k.conname, pg_get_constraintdef(k.oid), k.convalidated, k.condeferrable)
		from pg_constraint k join pg_namespace n on n.oid = k.connamespace where n.nspname in ('public', 'private')`,
	index: `select indexdef from pg_indexes where schemaname in ('public', 'private')`,
	policy: `select format('%s.%s %s %s to %s for %s using (%s) check (%s)', schemaname, tablename, quote_ident(policyname),
			permissive, roles, cmd, qual, with_check)
		from pg_policies where schemaname in ('public', 'private')`,
	'table grant': `select format('%s %s %s %s grantable=%s', c.oid::regclass, coalesce(g.rolname, 'public'), x.privilege_type,
			o.rolname, x.is_grantable)
		from pg_class c join pg_namespace n on n.oid = c.relnamespace, aclexplode(c.relacl) x
		left join pg_roles g on g.oid = x.grantee join pg_roles o on o.oid = x.grantor
		where n.nspname in ('public', 'private')`,
	'column grant': `select format('%s.%s %s %s grantable=%s', c.oid::regclass, a.attname, coalesce(g.rolname, 'public'),
			x.privilege_type, x.is_grantable)
		from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace,
			aclexplode(a.attacl) x left join pg_roles g on g.oid = x.grantee
		where n.nspname in ('public', 'private')`,
	'function grant': `select format('%s %s %s grantable=%s', p.oid::regprocedure, coalesce(g.rolname, 'public'), x.privilege_type,
			x.is_grantable)
		from pg_proc p join pg_namespace n on n.oid = p.pronamespace,
			aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x left join pg_roles g on g.oid = x.grantee
		where n.nspname in ('public', 'private')`,
	'schema grant': `select format('%s %s %s', n.nspname, coalesce(g.rolname, 'public'), x.privilege_type)
		from pg_namespace n, aclexplode(n.nspacl) x left join pg_roles g on g.oid = x.grantee
		where n.nspname in ('public', 'private', 'auth', 'extensions')`,
	'default privilege': `select format('%s %s %s', d.defaclrole::regrole, d.defaclobjtype, d.defaclacl) from pg_default_acl d`,
	trigger: `select format('%s enabled=%s', pg_get_triggerdef(t.oid), t.tgenabled)
		from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
		where not t.tgisinternal and n.nspname in ('public', 'private', 'auth')`,
	function: `select format('%s %s', pg_get_functiondef(p.oid), p.proconfig)
		from pg_proc p join pg_namespace n on n.oid = p.pronamespace
		where n.nspname in ('public', 'private') and p.prokind in ('f', 'p')`,
	type: `select format('%s %s', t.oid::regtype, t.typtype)
		from pg_type t join pg_namespace n on n.oid = t.typnamespace
		where n.nspname in ('public', 'private') and t.typtype in ('c', 'd', 'e', 'r')
			and not exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind <> 'c')`,
	sequence: `select format('%s %s %s %s %s %s', schemaname || '.' || sequencename, data_type, start_value, increment_by, max_value, cycle)
		from pg_sequences where schemaname in ('public', 'private')`,
	comment: `select format('%s %s', coalesce(
			case d.classoid when 'pg_class'::regclass then d.objoid::regclass::text || coalesce('.' || a.attname, '') end,
			case d.classoid when 'pg_proc'::regclass then d.objoid::regprocedure::text end,
			d.classoid::regclass::text || ' ' || d.objoid), d.description)
		from pg_description d left join pg_attribute a on d.classoid = 'pg_class'::regclass and a.attrelid = d.objoid and a.attnum = d.objsubid and d.objsubid > 0
		where d.objoid >= 16384`,
	extension: `select extname || ' ' || extversion from pg_extension`,
	schema: `select nspname from pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema'`
};

async function migrated(url: string, files: string[]) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	await client.query(platform);
	for (const sql of files) await client.query(`begin; ${sql}; commit;`);
	const lines = new Map<string, Set<string>>();
	for (const [kind, query] of Object.entries(catalogue)) {
		const { rows } = await client.query<{ line: string }>(`select line from (${query}) q(line)`);
		lines.set(kind, new Set(rows.map((r) => r.line)));
	}
	await client.end();
	return lines;
}

const cleanups: Cleanup[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'hearth-compare-'));
cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
let differences = 0;
try {
	const postgres = startPostgres(scratch, cleanups);
	if (!postgres) throw new Error('Debian PostgreSQL is needed: apt-get install -y postgresql');
	const admin = new pg.Client({ connectionString: postgres.url });
	await admin.connect();
	await admin.query('create database before_change');
	await admin.query('create database after_change');
	await admin.end();
	const at = (db: string) => postgres.url.replace(/\/postgres$/, `/${db}`);
	// One after the other: roles are shared by the cluster, so the second platform.sql finds them.
	const before = await migrated(at('before_change'), oldSql);
	const after = await migrated(at('after_change'), newSql);
	console.log(`${oldFiles.length} migrations at ${rev} against ${newSql.length} in the working tree`);
	for (const kind of Object.keys(catalogue)) {
		const was = before.get(kind)!;
		const is = after.get(kind)!;
		const gone = [...was].filter((l) => !is.has(l)).sort();
		const added = [...is].filter((l) => !was.has(l)).sort();
		for (const line of gone) console.log(`- ${kind}: ${line}`);
		for (const line of added) console.log(`+ ${kind}: ${line}`);
		differences += gone.length + added.length;
		console.log(`${kind}: ${was.size} compared${gone.length + added.length ? `, ${gone.length + added.length} differ` : ', the same'}`);
	}
	console.log(differences ? `${differences} differences` : 'no difference');
} finally {
	await runCleanups(cleanups);
}
process.exit(differences ? 1 : 0);
