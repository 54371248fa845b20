// A sliding-window limit on how often one client may do something (ask for a sign-in code),
// kept in this server's memory. A sliding window has no edge to game: a fixed window lets
// twice the limit through around the moment it resets.
import { isIPv6 } from 'node:net';

export interface Limit {
	/** Requests allowed in any window of `windowMs`. */
	max: number;
	windowMs: number;
}

export type Taken = { ok: true } | { ok: false; retryAfterMs: number };

export class SlidingWindow {
	readonly #limit: Limit;
	readonly #now: () => number;
	/** Per key, the times of the requests still inside the window, oldest first. */
	readonly #hits = new Map<string, number[]>();
	#sweptAt = 0;

	constructor(limit: Limit, now: () => number = Date.now) {
		this.#limit = limit;
		this.#now = now;
	}

	/** Counts a request for `key`, or refuses it. A refused request doesn't count, so waiting as told is enough. */
	take(key: string): Taken {
		const now = this.#now();
		const start = now - this.#limit.windowMs;
		this.#sweep(start);
		const hits = (this.#hits.get(key) ?? []).filter((at) => at > start);
		if (hits.length >= this.#limit.max) {
			this.#hits.set(key, hits);
			return { ok: false, retryAfterMs: hits[hits.length - this.#limit.max] - start };
		}
		hits.push(now);
		this.#hits.set(key, hits);
		return { ok: true };
	}

	/** Keys now tracked (for tests: stale ones are forgotten). */
	get size() {
		return this.#hits.size;
	}

	/** At most once a window, forget clients whose last request has left it, so memory follows recent clients only. */
	#sweep(start: number) {
		if (start < this.#sweptAt) return;
		this.#sweptAt = start + this.#limit.windowMs;
		for (const [key, hits] of this.#hits) if (hits[hits.length - 1] <= start) this.#hits.delete(key);
	}
}

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
