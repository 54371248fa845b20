import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPersonalPath, shareablePages } from '../../src/routes/personal-pages';

const routes = join(import.meta.dirname, '../../src/routes');
/** Every page's route id, as Kit names it (route groups left out). */
const pageIds = readdirSync(routes, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith(`${sep}+page.svelte`) || file === '+page.svelte')
	.map((file) => '/' + relative('.', file).split(sep).slice(0, -1).filter((part) => !/^\(.*\)$/.test(part)).join('/'));

describe('personal pages', () => {
	it('finds the pages', () => {
		expect(pageIds).toContain('/');
		expect(pageIds).toContain('/events/[id=uuid]/rsvp');
		expect(pageIds.length).toBeGreaterThan(25);
	});

	it.each(pageIds)('%s is either personal or shareable, never both or neither', (id) => {
		expect(isPersonalPath(id) !== shareablePages.includes(id), id).toBe(true);
	});

	it('knows a path of each kind, its data request and a trailing slash', () => {
		const event = '0b8f6a52-9a3e-4c55-8c1e-2d4c1f6a7b90';
		for (const path of ['/me', '/me/profile', '/welcome/access', `/events/${event}/rsvp`, `/events/${event}/rsvp/__data.json`, `/organise/people/${event}`, '/near-me/offer/organisation', '/me/']) {
			expect(isPersonalPath(path), path).toBe(true);
		}
		for (const path of ['/', '/events', `/events/${event}`, `/events/${event}/__data.json`, '/near-me', '/offline', '/meetups', '/welcome']) {
			expect(isPersonalPath(path), path).toBe(false);
		}
	});
});
