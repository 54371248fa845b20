import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDistance, formatTime, roundKm } from '$lib/i18n/format';
import { translatorFor } from '$lib/server/i18n';

// 17:30 UTC on a June evening is 18:30 in London (BST).
const start = new Date('2025-06-03T17:30:00Z');
const end = new Date('2025-06-03T19:00:00Z');

describe('dates and times', () => {
	it('formats a date in the event’s time zone and the reader’s language', () => {
		expect(formatDate(start, 'en', 'Europe/London')).toMatch(/^Tuesday,? 3 June 2025$/);
		expect(formatDate(start, 'cy', 'Europe/London')).toMatch(/Mehefin/);
		expect(formatDate(start, 'ar', 'Europe/London')).toMatch(/يونيو|حزيران/);
	});

	it('formats a time', () => {
		expect(formatTime(start, 'en', 'Europe/London')).toBe('18:30');
		expect(formatTime(start, 'en', 'Asia/Tokyo')).toBe('02:30');
	});

	it('says the shared day once in a range', () => {
		const range = formatDateRange(start, end, 'en', 'Europe/London');
		expect(range.match(/June/g)).toHaveLength(1);
		expect(range).toMatch(/18:30.+20:00/);
	});
});

describe('distances', () => {
	it('rounds to whole km, then to 5 km', () => {
		expect(roundKm(2.4)).toBe(2);
		expect(roundKm(2.6)).toBe(3);
		expect(roundKm(19.4)).toBe(19);
		expect(roundKm(23)).toBe(25);
		expect(roundKm(37.4)).toBe(35);
	});

	it('never shows less than 1 km as a number of its own', () => {
		expect(formatDistance(0.3, 'en', translatorFor('en'))).toBe('less than 1 km');
		expect(formatDistance(0, 'cy', translatorFor('cy'))).toBe('llai na 1 km');
	});

	it('says "about" with the rounded distance', () => {
		expect(formatDistance(2.6, 'en', translatorFor('en'))).toBe('about 3 km');
		expect(formatDistance(2.6, 'ar', translatorFor('ar'))).toMatch(/^حوالي (3|٣) كم$/);
	});
});
