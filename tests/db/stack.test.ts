// The local stack as a newcomer meets it: fresh start, restart keeping data, and clear
// messages (and a non-zero exit) when something is wrong. Runs its own stacks on other ports.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '@supabase/supabase-js';
import { config } from '../../supabase/local/config.ts';

const root = resolve(import.meta.dirname, '../..');
// Beside the stack under test, so checkouts on other ports can run their tests side by side,
// and below Linux's ephemeral range (32768-60999): the other API tests open thousands of
// connections, and one of them taking such a port as its own end made it "already in use".
const port = (n: number) => String(n - 30000);
const ports = {
	HEARTH_API_PORT: port(config.apiPort),
	HEARTH_DB_PORT: port(config.dbPort),
	HEARTH_REST_PORT: port(config.restPort),
	HEARTH_REST_ADMIN_PORT: port(config.restAdminPort)
};
const scratch = mkdtempSync(join(tmpdir(), 'hearth-stack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
	child: ChildProcess;
	output: () => string;
	ready: Promise<boolean>;
	exit: Promise<number | null>;
}

function startStack(env: Record<string, string>): Run {
	// DATABASE_URL is left out on purpose: these checks are about the PGlite stack.
	const { DATABASE_URL: _omit, ...inherited } = process.env;
	const child = spawn(process.execPath, ['supabase/local/start.ts'], {
		cwd: root,
		env: { ...inherited, ...ports, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const ready = new Promise<boolean>((resolve) => {
		const listen = (chunk: Buffer) => {
			output += chunk.toString();
			if (/^ready: /m.test(output)) resolve(true);
		};
		child.stdout!.on('data', listen);
		child.stderr!.on('data', listen);
		void exit.then(() => resolve(false));
	});
	return { child, output: () => output, ready, exit };
}

async function stop(run: Run) {
	const postgrest = childrenOf(run.child.pid!);
	run.child.kill('SIGTERM');
	const code = await run.exit;
	return { code, postgrest };
}

function childrenOf(pid: number) {
	try {
		return execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

function alive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

const api = () => createClient(`http://127.0.0.1:${ports.HEARTH_API_PORT}`, config.serviceRoleKey, { auth: { persistSession: false } });

describe('the local stack', { timeout: 120_000 }, () => {
	const dataDir = join(scratch, 'data');

	it('starts on a fresh data folder, then restarts keeping the data, leaving no process behind', async () => {
		const first = startStack({ HEARTH_DATA_DIR: dataDir });
		expect(await first.ready, first.output()).toBe(true);
		expect(first.output()).toMatch(new RegExp(`ready: API URL http://127\\.0\\.0\\.1:${ports.HEARTH_API_PORT} · anon key ey\\S+ · service_role key ey\\S+`));
		expect(first.output()).toContain('fresh');
		const { error } = await api().from('communities').update({ area: 'Bristol and Bath' }).eq('slug', 'bristol-community-tech');
		expect(error).toBeNull();
		const stopped = await stop(first);
		expect(stopped.code).toBe(0);
		expect(stopped.postgrest.length).toBeGreaterThan(0);
		expect(stopped.postgrest.filter(alive)).toEqual([]);

		const second = startStack({ HEARTH_DATA_DIR: dataDir });
		expect(await second.ready, second.output()).toBe(true);
		expect(second.output()).toContain('existing');
		const { data } = await api().from('communities').select('area').eq('slug', 'bristol-community-tech').single();
		expect(data?.area).toBe('Bristol and Bath');
		expect((await stop(second)).code).toBe(0);
	});

	it('says which port is taken and how to fix it', async () => {
		const blocker = createServer().listen(Number(ports.HEARTH_API_PORT), '127.0.0.1');
		await new Promise((resolve) => blocker.once('listening', resolve));
		try {
			const run = startStack({ HEARTH_DATA_DIR: join(scratch, 'ports') });
			expect(await run.exit).toBe(1);
			expect(run.output()).toContain(`Port ${ports.HEARTH_API_PORT} is already in use`);
			expect(run.output()).toContain('HEARTH_API_PORT');
		} finally {
			blocker.close();
		}
	});

	it('says the data folder is damaged and how to start again', async () => {
		const broken = join(scratch, 'broken');
		mkdirSync(join(broken, 'global'), { recursive: true });
		writeFileSync(join(broken, 'PG_VERSION'), 'not a version\n');
		writeFileSync(join(broken, 'global', 'pg_control'), 'garbage');
		const run = startStack({ HEARTH_DATA_DIR: broken });
		expect(await run.exit).toBe(1);
		expect(run.output()).toContain('could not be opened');
		expect(run.output()).toContain('npm run supabase:reset');
	});

	it('names the migration that failed and its line', async () => {
		const supabase = join(scratch, 'supabase');
		cpSync(join(root, 'supabase'), supabase, { recursive: true, filter: (src) => !src.includes('/local') });
		writeFileSync(join(supabase, 'migrations', '29990101000000_broken.sql'), 'select 1;\n\ncreate tabel oops ();\n');
		const run = startStack({ HEARTH_DATA_DIR: join(scratch, 'migrations'), HEARTH_SUPABASE_DIR: supabase });
		expect(await run.exit).toBe(1);
		expect(run.output()).toMatch(/29990101000000_broken\.sql failed at line 3: syntax error/);
		expect(run.output()).toContain('Fix the SQL');
	});
});
