import { describe, expect, it } from 'vitest';
import { bars, readPeriod } from '$lib/feedback/insights';

describe('bars', () => {
	it('ranks counts, puts suppressed ones last, and scales to the longest', () => {
		expect(bars({ cost: null, transport: 6, caring: 3 })).toEqual([
			{ key: 'transport', count: 6, width: 100 },
			{ key: 'caring', count: 3, width: 50 },
			{ key: 'cost', count: null, width: 0 }
		]);
	});

	it('keeps a fixed order when asked, with missing keys as zero', () => {
		expect(bars({ '5': 4, '4': null }, ['1', '4', '5']).map((b) => [b.key, b.count])).toEqual([
			['1', 0],
			['4', null],
			['5', 4]
		]);
	});
});

describe('readPeriod', () => {
	const now = new Date('2027-06-30T12:00:00Z');
	it('defaults to the last 90 days', () => {
		expect(readPeriod(new URLSearchParams(), now)).toEqual({ since: '2027-04-01', until: '2027-06-30' });
	});
	it('reads dates and swaps them when backwards, ignoring nonsense', () => {
		expect(readPeriod(new URLSearchParams('since=2027-05-01&until=2027-01-01'), now)).toEqual({ since: '2027-01-01', until: '2027-05-01' });
		expect(readPeriod(new URLSearchParams('since=yesterday'), now).since).toBe('2027-04-01');
	});
});
