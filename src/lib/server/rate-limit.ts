// What sign-in limits count under: a client's address as a key, and the settings that size them.
// The counts themselves live in Postgres (src/lib/auth/limits.server.ts), shared by every app server.
import { isIPv6 } from 'node:net';

/**
 * The key a client address is limited under. IPv6 by its /64: one home or phone gets a
 * whole /64 and may use any address in it, so counting single addresses would limit nothing.
 * IPv4-mapped IPv6 (::ffff:192.0.2.1, how a dual-stack server sees IPv4) counts as the IPv4 address.
 */
export function clientKey(address: string): string {
	const plain = address.trim().toLowerCase().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
	if (mapped) return mapped[1];
	if (!isIPv6(plain)) return plain;
	const [head, tail = ''] = plain.split('::');
	const groups = (part: string) => (part ? part.split(':') : []);
	const left = groups(head);
	const right = groups(tail);
	// An IPv4 tail (64:ff9b::192.0.2.1) fills two groups.
	const width = right.length + (right.at(-1)?.includes('.') ? 1 : 0);
	const full = plain.includes('::') ? [...left, ...Array(8 - left.length - width).fill('0'), ...right] : left;
	return `${full
		.slice(0, 4)
		.map((group) => group.padStart(4, '0'))
		.join(':')}::/64`;
}

/** A setting that must be a whole number above 0, such as HEARTH_SIGNIN_CODES_PER_IP=10; `fallback` when unset. */
export function countSetting(env: Record<string, string | undefined>, name: string, fallback: number): number {
	const value = env[name];
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, not "${value}"`);
	return n;
}
