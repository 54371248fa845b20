import { describe, expect, it } from 'vitest';
import { makeHelpers, seeded, topics, towns } from '../bench/data';

const km = (lat1: number, lng1: number, lat2: number, lng2: number) => {
	const rad = Math.PI / 180;
	const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(a));
};

describe('bench helpers', () => {
	const helpers = makeHelpers(10_000);

	it('are the same on every run, and differ with another seed', () => {
		expect(makeHelpers(50)).toEqual(makeHelpers(50));
		expect(makeHelpers(50, 1)).not.toEqual(makeHelpers(50));
		const random = seeded(7);
		const draws = Array.from({ length: 1000 }, random.next);
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(1);
	});

	it('are mostly members, some organisations, some online or phone only', () => {
		const share = (test: (h: (typeof helpers)[number]) => boolean) => helpers.filter(test).length / helpers.length;
		expect(share((h) => h.kind === 'member')).toBeGreaterThan(0.85);
		expect(share((h) => h.kind === 'organisation')).toBeGreaterThan(0.08);
		expect(share((h) => h.kind === 'organisation')).toBeLessThan(0.12);
		const remote = share((h) => h.latitude === null);
		expect(remote).toBeGreaterThan(0.03);
		expect(remote).toBeLessThan(0.07);
		// Whoever meets in person has a place; whoever has none helps online or by phone.
		for (const h of helpers) {
			if (h.modes.includes('in_person')) expect(h.latitude).not.toBeNull();
			if (h.latitude === null) expect(h.modes.every((m) => m === 'online' || m === 'phone')).toBe(true);
		}
	});

	it('cluster around UK towns, bigger towns with more people', () => {
		const near = (town: (typeof towns)[number]) =>
			helpers.filter((h) => h.latitude !== null && km(h.latitude, h.longitude!, town.latitude, town.longitude) < 3 * town.spreadKm).length;
		const located = helpers.filter((h) => h.latitude !== null);
		// Nearly everyone is within three spreads of their town (normal: 99% of them).
		expect(towns.reduce((sum, t) => sum + near(t), 0) / located.length).toBeGreaterThan(0.97);
		const [london, bristol, inverness] = ['London', 'Bristol', 'Inverness'].map((n) => near(towns.find((t) => t.name === n)!));
		expect(london).toBeGreaterThan(bristol * 3);
		expect(bristol).toBeGreaterThan(inverness * 5);
		expect(inverness).toBeGreaterThan(0);
	});

	it('give each member one listing, organisations to existing members, and valid choices', () => {
		const members = helpers.filter((h) => h.kind === 'member').map((h) => h.user);
		expect(new Set(members).size).toBe(members.length);
		for (const h of helpers.filter((h) => h.kind === 'organisation')) expect(h.user).toBeLessThan(members.length);
		for (const h of helpers) {
			expect(h.topics.length).toBeGreaterThan(0);
			expect(h.topics.every((t) => topics.includes(t))).toBe(true);
			expect(h.languages[0]).toBe('en');
			expect(h.summary.length).toBeGreaterThanOrEqual(10);
		}
	});
});
