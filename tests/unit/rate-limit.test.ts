import { describe, expect, it } from 'vitest';
import { SlidingWindow, clientKey, countSetting } from '$lib/server/rate-limit';

const minute = 60_000;

/** A limiter on a clock the test moves. */
function limiter(max: number, windowMs: number) {
	let now = 1_000_000;
	const window = new SlidingWindow({ max, windowMs }, () => now);
	return { window, advance: (ms: number) => (now += ms) };
}

describe('SlidingWindow', () => {
	it('allows max requests in a window, then refuses, saying when the oldest leaves it', () => {
		const { window, advance } = limiter(3, 15 * minute);
		expect(window.take('a')).toEqual({ ok: true });
		advance(2 * minute);
		expect(window.take('a')).toEqual({ ok: true });
		advance(2 * minute);
		expect(window.take('a')).toEqual({ ok: true });
		advance(1 * minute);
		// 5 minutes after the first request: it leaves the window in 10.
		expect(window.take('a')).toEqual({ ok: false, retryAfterMs: 10 * minute });
	});

	it('slides: a request is allowed again the moment the oldest leaves the window, not at a fixed reset', () => {
		const { window, advance } = limiter(2, 10 * minute);
		window.take('a');
		advance(6 * minute);
		window.take('a');
		advance(4 * minute - 1);
		expect(window.take('a').ok).toBe(false);
		advance(1);
		expect(window.take('a')).toEqual({ ok: true });
		// The second request (6 minutes in) is still inside, and so is the new one.
		expect(window.take('a')).toEqual({ ok: false, retryAfterMs: 6 * minute });
	});

	it('never lets more than max through in any window, however the requests fall', () => {
		const { window, advance } = limiter(5, 15 * minute);
		const allowed: number[] = [];
		let t = 0;
		for (let i = 0; i < 400; i++) {
			const step = (i * 7919) % (3 * minute); // uneven gaps, up to 3 minutes
			advance(step);
			t += step;
			if (window.take('a').ok) allowed.push(t);
		}
		for (const start of allowed) expect(allowed.filter((at) => at >= start && at < start + 15 * minute).length).toBeLessThanOrEqual(5);
		expect(allowed.length).toBeGreaterThan(5);
	});

	it("doesn't count refused requests: waiting as told is enough", () => {
		const { window, advance } = limiter(1, 10 * minute);
		window.take('a');
		for (let i = 0; i < 9; i++) {
			advance(minute);
			expect(window.take('a').ok).toBe(false);
		}
		advance(minute);
		expect(window.take('a')).toEqual({ ok: true });
	});

	it('keeps each key apart', () => {
		const { window } = limiter(1, 10 * minute);
		expect(window.take('a').ok).toBe(true);
		expect(window.take('a').ok).toBe(false);
		expect(window.take('b').ok).toBe(true);
	});

	it('forgets clients whose requests have all left the window', () => {
		const { window, advance } = limiter(2, 10 * minute);
		for (let i = 0; i < 50; i++) window.take(`client-${i}`);
		expect(window.size).toBe(50);
		advance(10 * minute + 1);
		window.take('later');
		expect(window.size).toBe(1);
	});
});

describe('clientKey', () => {
	it('keeps IPv4 addresses as they are', () => {
		expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
		expect(clientKey(' 203.0.113.7 ')).toBe('203.0.113.7');
	});

	it('counts IPv4-mapped IPv6 as the IPv4 address', () => {
		expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
		expect(clientKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
	});

	it('counts IPv6 by its /64, however it is written', () => {
		const key = '2001:0db8:0000:0001::/64';
		expect(clientKey('2001:db8:0:1::1')).toBe(key);
		expect(clientKey('2001:db8:0:1:ffff:ffff:ffff:ffff')).toBe(key);
		expect(clientKey('2001:DB8:0:1:0:0:0:2')).toBe(key);
		expect(clientKey('2001:db8:0:1::1%eth0')).toBe(key);
		expect(clientKey('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
		expect(clientKey('2001:db8:0:2::1')).not.toBe(key);
		expect(clientKey('::1')).toBe('0000:0000:0000:0000::/64');
		expect(clientKey('64:ff9b::192.0.2.1')).toBe('0064:ff9b:0000:0000::/64');
		expect(clientKey('2001:db8:1:2:3:4:192.0.2.1')).toBe('2001:0db8:0001:0002::/64');
	});
});

describe('countSetting', () => {
	it('reads a whole number above 0, or the fallback when unset', () => {
		expect(countSetting({ N: '25' }, 'N', 10)).toBe(25);
		expect(countSetting({}, 'N', 10)).toBe(10);
		expect(countSetting({ N: '' }, 'N', 10)).toBe(10);
	});

	it('refuses anything else, naming the setting', () => {
		for (const bad of ['0', '-1', '2.5', 'ten', '1e400']) expect(() => countSetting({ N: bad }, 'N', 10)).toThrow(/^N must be/);
	});
});
