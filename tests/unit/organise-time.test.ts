import { describe, expect, it } from 'vitest';
import { isTimeZone, shiftByWeeks, utcToZoned, zonedToUtc } from '$lib/organise/time';

const iso = (date: Date | null) => date?.toISOString();

describe('zonedToUtc', () => {
	it('reads London winter time as UTC and summer time as an hour ahead', () => {
		expect(iso(zonedToUtc('2026-01-15', '18:30', 'Europe/London'))).toBe('2026-01-15T18:30:00.000Z');
		expect(iso(zonedToUtc('2026-07-15', '18:30', 'Europe/London'))).toBe('2026-07-15T17:30:00.000Z');
	});

	it('handles zones far from UTC, whatever zone the server is in', () => {
		expect(iso(zonedToUtc('2026-07-15', '09:00', 'America/New_York'))).toBe('2026-07-15T13:00:00.000Z');
		expect(iso(zonedToUtc('2026-07-15', '09:00', 'Asia/Kolkata'))).toBe('2026-07-15T03:30:00.000Z');
	});

	it('on the day the clocks go forward, times either side of the change are right', () => {
		// 29 March 2026: at 01:00 GMT London jumps to 02:00 BST.
		expect(iso(zonedToUtc('2026-03-29', '00:30', 'Europe/London'))).toBe('2026-03-29T00:30:00.000Z');
		expect(iso(zonedToUtc('2026-03-29', '03:00', 'Europe/London'))).toBe('2026-03-29T02:00:00.000Z');
	});

	it('moves a time that never happens (in the gap) forward by the gap', () => {
		expect(iso(zonedToUtc('2026-03-29', '01:30', 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
		expect(utcToZoned('2026-03-29T01:30:00.000Z', 'Europe/London')).toEqual({ date: '2026-03-29', time: '02:30' });
	});

	it('takes the first of a time that happens twice when the clocks go back', () => {
		// 25 October 2026: 01:30 happens in BST (00:30 UTC) and again in GMT (01:30 UTC).
		expect(iso(zonedToUtc('2026-10-25', '01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
		expect(iso(zonedToUtc('2026-10-25', '02:30', 'Europe/London'))).toBe('2026-10-25T02:30:00.000Z');
	});

	it('refuses dates, times and zones that are not real', () => {
		expect(zonedToUtc('2026-02-30', '18:00', 'Europe/London')).toBeNull();
		expect(zonedToUtc('2026-01-15', '24:00', 'Europe/London')).toBeNull();
		expect(zonedToUtc('15/01/2026', '18:00', 'Europe/London')).toBeNull();
		expect(zonedToUtc('2026-01-15', '18:00', 'Europe/Bristol')).toBeNull();
	});
});

describe('utcToZoned', () => {
	it('is the inverse of zonedToUtc in summer and winter', () => {
		for (const [date, time] of [['2026-01-15', '18:30'], ['2026-07-15', '07:05'], ['2026-10-25', '03:00']]) {
			expect(utcToZoned(zonedToUtc(date, time, 'Europe/London')!, 'Europe/London')).toEqual({ date, time });
		}
	});
});

describe('shiftByWeeks', () => {
	it('keeps the local time when the clocks change in between', () => {
		// 19:00 GMT on 5 March becomes 19:00 BST on 2 April: 18:00 UTC, not 19:00.
		const moved = shiftByWeeks('2026-03-05T19:00:00.000Z', '2026-03-05T21:00:00.000Z', 'Europe/London', 4);
		expect(moved).toEqual({ startsAt: '2026-04-02T18:00:00.000Z', endsAt: '2026-04-02T20:00:00.000Z' });
	});
});

describe('isTimeZone', () => {
	it('knows IANA zones and refuses made-up ones', () => {
		expect(isTimeZone('Europe/London')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});
});
