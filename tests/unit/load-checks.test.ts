import { describe, expect, it } from 'vitest';
import { cpuBetween, cpuSeconds } from '../load/cpu.ts';
import { answerFrom, feedbackProblems, kinds, loadFigures, pair, placesProblems, rsvpProblems, type Results } from '../load/plan.ts';

const event = 'e0000000-0000-4000-8000-000000000001';

describe('answerFrom', () => {
	it("reads the RSVP page's result the form action redirected to", () => {
		expect(answerFrom(`/events/${event}/rsvp?result=going`, event)).toBe('going');
		expect(answerFrom(`/events/${event}/rsvp?result=waitlist&position=3`, event)).toBe('waitlist');
		expect(answerFrom(`/events/${event}/rsvp?result=companion_refused`, event)).toBe('companion_refused');
	});

	it('takes nothing else for an answer', () => {
		expect(answerFrom(`/events/${event}/rsvp?result=bogus`, event)).toBeNull();
		expect(answerFrom(`/events/${event}/rsvp`, event)).toBeNull();
		expect(answerFrom(`/events/another/rsvp?result=going`, event)).toBeNull();
		expect(answerFrom('/signin?next=/events', event)).toBeNull();
	});
});

describe('rsvpProblems', () => {
	const row = (user: string, status: string, promoted_at: string | null = null) => ({ event_id: event, user_id: user, status, promoted_at });

	it('passes when every acknowledged RSVP is stored as told', () => {
		const told = { [pair('a', event)]: 'going', [pair('b', event)]: 'maybe', [pair('c', event)]: 'companion_refused' } as const;
		expect(rsvpProblems(told, [row('a', 'going'), row('b', 'maybe'), row('c', 'going')])).toEqual([]);
	});

	it('accepts a waitlist place that became a place by promotion, and nothing else', () => {
		const told = { [pair('a', event)]: 'waitlist', [pair('b', event)]: 'waitlist' } as const;
		expect(rsvpProblems(told, [row('a', 'going', '2026-01-01T00:00:00Z'), row('b', 'waitlist')])).toEqual([]);
		expect(rsvpProblems(told, [row('a', 'going'), row('b', 'cancelled')])).toHaveLength(2);
	});

	it('finds lost writes, writes in another state, and writes nobody was told of', () => {
		const told = { [pair('a', event)]: 'going', [pair('b', event)]: 'cancelled' } as const;
		const problems = rsvpProblems(told, [row('b', 'going'), row('x', 'going')]);
		expect(problems).toEqual([
			`${pair('a', event)}: told going, but no RSVP is stored`,
			`${pair('b', event)}: told cancelled, but stored as going`,
			`${pair('x', event)}: stored, but nobody was told of it`
		]);
	});

	it('leaves out pairs whose last write got no clear answer', () => {
		expect(rsvpProblems({ [pair('a', event)]: 'going' }, [row('a', 'maybe')], [pair('a', event)])).toEqual([]);
	});
});

describe('feedbackProblems', () => {
	const given = { attended: true, rating: 4, comment: 'round 3' };
	const row = (user: string, values = given) => ({ event_id: event, user_id: user, ...values });

	it('passes when the last feedback sent is what is stored', () => {
		expect(feedbackProblems({ [pair('a', event)]: given }, [row('a')])).toEqual([]);
	});

	it('finds an older answer kept over the last one, a lost one, and one nobody sent', () => {
		const problems = feedbackProblems({ [pair('a', event)]: given, [pair('b', event)]: given }, [row('a', { ...given, comment: 'round 2' }), row('c')]);
		expect(problems).toHaveLength(3);
		expect(problems[0]).toMatch(/round 2/);
		expect(problems[1]).toMatch(/none is stored/);
		expect(problems[2]).toMatch(/nobody was told/);
	});
});

describe('placesProblems', () => {
	const places = { event_id: event, capacity: 10, taken: 10, held: 10, waiting: 3, first_needs: 1 };

	it('passes a full event with a waitlist', () => {
		expect(placesProblems([places], true)).toEqual([]);
	});

	it('finds overbooking and a counter that disagrees with the RSVPs', () => {
		expect(placesProblems([{ ...places, taken: 11, held: 11 }], false)).toEqual([`${event}: 11 places held, capacity 10`]);
		expect(placesProblems([{ ...places, taken: 9 }], false)).toEqual([`${event}: the counter says 9 places taken, the RSVPs hold 10`]);
	});

	it('once settled, finds someone waiting while a place they fit is free', () => {
		const free = { ...places, taken: 9, held: 9 };
		expect(placesProblems([free], false)).toEqual([]);
		expect(placesProblems([free], true)).toEqual([`${event}: 3 waiting while 1 places are free`]);
		// One place free, but the first in line comes with a companion: they wait, rightly.
		expect(placesProblems([{ ...free, first_needs: 2 }], true)).toEqual([]);
	});

	it('finds anyone waiting for an event without a limit', () => {
		expect(placesProblems([{ ...places, capacity: null }], true)).toHaveLength(2);
	});
});

describe('loadFigures', () => {
	it('gives throughput, latency per kind and counts of outcomes', () => {
		const empty = Object.fromEntries(kinds.map((k) => [k, []]));
		const results = {
			elapsedMs: 2000,
			alone: { ...empty, 'events list': [8, 9, 10] },
			latencies: { ...empty, 'events list': [10, 20, 30, 40], RSVP: [5, 7] },
			statuses: { ...Object.fromEntries(kinds.map((k) => [k, {}])), 'events list': { 200: 4 }, RSVP: { 303: 2 } },
			unexpected: [],
			unexpectedCount: 0,
			toldRsvp: {},
			toldFeedback: { [pair('a', event)]: { attended: false, rating: null, comment: '' } },
			unknown: [],
			answerCounts: { going: 1, waitlist: 1, maybe: 0, cancelled: 0, companion_refused: 0 }
		} as unknown as Results;
		const figures = new Map(loadFigures(results, 2, { 'app server': 1.5 }).map((f) => [f.name, f.value]));
		expect(figures.get('requests')).toBe(6);
		expect(figures.get('requests per second')).toBe(3);
		expect(figures.get('events list (200×4), p50')).toBe(20);
		expect(figures.get('events list, p95')).toBe(40);
		expect(figures.get('events list, one member alone, p50')).toBe(9);
		expect(figures.has('RSVP, one member alone, p50')).toBe(false);
		expect(figures.get('app server')).toBe(1.5);
		expect(figures.get('RSVP, max')).toBe(7);
		expect(figures.has('feedback form, p50')).toBe(false);
		expect(figures.get('RSVPs answered waitlist')).toBe(1);
		expect(figures.get('feedback saved (last per member and event)')).toBe(1);
	});
});

describe('cpuSeconds and cpuBetween', () => {
	it("reads this process's CPU time from /proc, growing as it works", () => {
		const before = cpuSeconds({ me: process.pid });
		let after = before;
		// Work until the kernel has counted a tick of it (or give up after 10 s of trying).
		for (const start = Date.now(); after.me === before.me && Date.now() - start < 10_000; after = cpuSeconds({ me: process.pid })) {
			for (let i = 0; i < 1e6; i++) Math.sqrt(i);
		}
		expect(after.me).toBeGreaterThan(before.me);
		expect(after.machine).toBeGreaterThanOrEqual(after.me - before.me);
	});

	it('gives what each tree used, and the rest of the machine as elsewhere', () => {
		expect(cpuBetween({ machine: 100, app: 10, PostgREST: 1 }, { machine: 160, app: 40, PostgREST: 6 })).toEqual({
			app: 30,
			PostgREST: 5,
			'elsewhere on the machine': 25
		});
	});
});
