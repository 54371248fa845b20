import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, outlookCalendarUrl, toIcs, type CalendarEvent } from '$lib/events/calendar';

// 18:30 in London during summer time is 17:30 UTC; in winter it is 18:30 UTC.
const summer: CalendarEvent = {
	id: 'e1',
	title: 'Meetup, with commas; and semicolons',
	summary: 'Talks, then tea.\nAll welcome.',
	startsAt: '2027-07-01T18:30:00+01:00',
	endsAt: '2027-07-01T20:30:00+01:00',
	status: 'published',
	location: 'Central Library, College Green, Bristol BS1 5TL',
	url: 'https://hearth.example/events/e1'
};

function parse(ics: string) {
	const component = new ICAL.Component(ICAL.parse(ics));
	return new ICAL.Event(component.getFirstSubcomponent('vevent')!);
}

describe('toIcs', () => {
	it('parses back to the same event at the same instant', () => {
		const ics = toIcs(summer);
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics).toContain('\r\nEND:VCALENDAR');
		const event = parse(ics);
		expect(event.summary).toBe(summer.title);
		expect(event.location).toBe(summer.location);
		expect(event.uid).toBe('e1@hearth');
		expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-01T17:30:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2027-07-01T19:30:00.000Z');
		expect(event.description).toContain('https://hearth.example/events/e1');
	});

	it('is time zone correct across the clock change', () => {
		const winter = { ...summer, startsAt: '2027-12-01T18:30:00Z', endsAt: '2027-12-01T20:30:00Z' };
		expect(parse(toIcs(winter)).startDate.toJSDate().toISOString()).toBe('2027-12-01T18:30:00.000Z');
	});

	it('marks a cancelled event as cancelled', () => {
		const ics = toIcs({ ...summer, status: 'cancelled' });
		expect(parse(ics).component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('folds long lines as RFC 5545 asks (75 octets)', () => {
		const ics = toIcs({ ...summer, summary: 'x'.repeat(400) });
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});

describe('calendar links', () => {
	it('fills in Google Calendar with UTC times', () => {
		const url = new URL(googleCalendarUrl(summer));
		expect(url.searchParams.get('dates')).toBe('20270701T173000Z/20270701T193000Z');
		expect(url.searchParams.get('text')).toBe(summer.title);
	});

	it('fills in Outlook with ISO times', () => {
		const url = new URL(outlookCalendarUrl(summer));
		expect(url.searchParams.get('startdt')).toBe('2027-07-01T17:30:00.000Z');
		expect(url.searchParams.get('location')).toBe(summer.location);
	});
});
