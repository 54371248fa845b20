// CPU time by process tree, read from /proc (Linux), to tell where a load run's time went:
// the app server, the local stack, PostgREST, PostgreSQL, the members, or other work on
// the machine (other checkouts share it).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

interface Proc {
	ppid: number;
	comm: string;
	/** utime + stime + cutime + cstime: its own CPU and that of children it has reaped. */
	ticks: number;
}

function processes() {
	const table = new Map<number, Proc>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // ended meanwhile
		}
		// The command name is in parentheses and may hold spaces; fields after it count from 3 (state).
		const close = stat.lastIndexOf(')');
		const fields = stat.slice(close + 2).split(' ');
		const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
		table.set(Number(name), { ppid: Number(fields[1]), comm: stat.slice(stat.indexOf('(') + 1, close), ticks });
	}
	return table;
}

/** The machine's busy CPU seconds so far, all cores (from /proc/stat: everything but idle and iowait). */
function machineSeconds() {
	const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
	const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
	return (user + nice + system + irq + softirq + steal) / ticksPerSecond;
}

/**
 * CPU seconds used so far by each named process tree; PostgREST on its own wherever it runs
 * (the local stack starts it), and the whole machine's as 'machine'.
 */
export function cpuSeconds(roots: Record<string, number>): Record<string, number> {
	const table = processes();
	const children = new Map<number, number[]>();
	for (const [pid, proc] of table) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), pid]);
	const seconds: Record<string, number> = { machine: machineSeconds() };
	const rootPids = new Set(Object.values(roots));
	for (const [label, root] of Object.entries(roots)) {
		for (const pending = [root]; pending.length; ) {
			const pid = pending.pop()!;
			const proc = table.get(pid);
			if (!proc) continue;
			const name = proc.comm.startsWith('postgrest') ? 'PostgREST' : label;
			seconds[name] = (seconds[name] ?? 0) + proc.ticks / ticksPerSecond;
			// A child that is a root of its own (the members, forked by the test) is counted under its own name.
			pending.push(...(children.get(pid) ?? []).filter((child) => !rootPids.has(child)));
		}
	}
	return seconds;
}

/** What each tree used between two readings, and what the rest of the machine did meanwhile. */
export function cpuBetween(before: Record<string, number>, after: Record<string, number>) {
	const used = Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - (before[name] ?? 0)]));
	const ours = Object.entries(used).reduce((sum, [name, s]) => (name === 'machine' ? sum : sum + s), 0);
	const { machine, ...trees } = used;
	return { ...trees, 'elsewhere on the machine': Math.max(0, machine - ours) };
}
