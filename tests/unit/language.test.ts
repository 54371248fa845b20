import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '$lib/server/language';

describe('safeReturnPath', () => {
	it('keeps same-origin paths with their query and hash', () => {
		expect(safeReturnPath('/events?day=today#list')).toBe('/events?day=today#list');
	});

	it('refuses anything that could leave the site', () => {
		for (const value of ['https://evil.example/', '//evil.example', '/\\evil.example', 'events', '', null, 42]) {
			expect(safeReturnPath(value)).toBe('/');
		}
	});

	// returnTo = '/events' + 40,000 emoji made a 480 KB Location header: "Header overflow".
	it('refuses paths too long for a redirect', () => {
		expect(safeReturnPath(`/events${'😀'.repeat(40_000)}`)).toBe('/');
		expect(safeReturnPath(`/events?q=${'😀'.repeat(300)}`)).toBe('/');
		expect(safeReturnPath(`/events?q=${'a'.repeat(1900)}`)).toHaveLength(1910);
	});
});
