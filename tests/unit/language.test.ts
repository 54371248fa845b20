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
});
