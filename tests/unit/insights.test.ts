import { describe, expect, it } from 'vitest';
import { bars, counted, readPeriod, type InsightsEvent } from '$lib/feedback/insights';

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

describe('counted', () => {
	const event = (id: string, figures: InsightsEvent['figures']): InsightsEvent => ({
		id, title: id, starts_at: '2027-06-01T17:00:00Z', time_of_day: 'evening', closes_at: '2027-06-15T19:00:00Z',
		figures, going: 5, attended: 4, responses: figures === 'shown' ? 3 : null, rating: null
	});
	it('says how many of the chosen events the figures count', () => {
		expect(counted([event('a', 'shown'), event('b', 'open'), event('c', 'too_few'), event('d', 'shown')])).toEqual({ shown: 2, total: 4 });
		expect(counted([])).toEqual({ shown: 0, total: 0 });
	});
});
