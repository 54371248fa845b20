import { describe, expect, it } from 'vitest';
import { explainRsvpError, placesLeft, readRsvp } from '$lib/rsvp/rsvp';
import { toCsv } from '$lib/csv';
import { countPeople } from '$lib/rsvp/people';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.set(k, v);
	return data;
};

describe('readRsvp', () => {
	it('reads a going RSVP with a companion and access requests', () => {
		expect(readRsvp(form({ status: 'going', companion: 'on', accessRequests: '  A seat near the front ' }))).toEqual({
			ok: true,
			value: { status: 'going', companion: true, accessRequests: 'A seat near the front' }
		});
	});

	it('leaves a saved request as it was when the form does not ask for one (the event page)', () => {
		expect(readRsvp(form({ status: 'going' }))).toEqual({ ok: true, value: { status: 'going', companion: false, accessRequests: null } });
		expect(readRsvp(form({ status: 'going', accessRequests: '' }))).toMatchObject({ value: { accessRequests: '' } });
	});

	it('refuses unknown statuses and over-long requests, keeping what was typed', () => {
		const result = readRsvp(form({ status: 'waitlist', accessRequests: 'x'.repeat(1001) }));
		expect(result).toMatchObject({ ok: false, errors: { status: 'rsvp.errors.status', accessRequests: 'rsvp.errors.tooLong' } });
		expect(!result.ok && result.typed.accessRequests).toHaveLength(1001);
	});

	it('strips control and direction-override characters but keeps line breaks', () => {
		const result = readRsvp(form({ status: 'maybe', accessRequests: 'dog\u202e\u0007\nplease' }));
		expect(result.ok && result.value.accessRequests).toBe('dog\nplease');
	});
});

describe('explainRsvpError and placesLeft', () => {
	it('names what went wrong', () => {
		expect(explainRsvpError({ code: 'P0001', hint: 'closed' })).toBe('rsvp.errors.closed');
		expect(explainRsvpError({ code: 'PT404' })).toBe('rsvp.errors.notFound');
		expect(explainRsvpError({ code: 'XX000' })).toBe('rsvp.errors.unavailable');
	});

	it('counts places left, never below zero', () => {
		expect(placesLeft(null, 5)).toBeNull();
		expect(placesLeft(10, 3)).toBe(7);
		expect(placesLeft(2, 3)).toBe(0);
	});
});

describe('people', () => {
	it('counts going, companions, waitlist and maybe', () => {
		const people = [
			{ status: 'going', companion: true },
			{ status: 'going', companion: false },
			{ status: 'waitlist', companion: false },
			{ status: 'maybe', companion: false }
		] as const;
		expect(countPeople([...people])).toEqual({ going: 2, companions: 1, waitlist: 1, maybe: 1 });
	});

	it('writes CSV that spreadsheets read as text, not formulas', () => {
		const csv = toCsv(['name', 'needs'], [['Sam, "Sammy"', '=HYPERLINK("x")'], ['Priya', 'line\nbreak']]);
		expect(csv).toBe('name,needs\r\n"Sam, ""Sammy""","\'=HYPERLINK(""x"")"\r\nPriya,"line\nbreak"\r\n');
	});
});
