import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventUid, googleCalendarUrl, outlookCalendarUrl, subscribeLinks, toIcs, type CalendarEvent } from '$lib/events/calendar';

// 18:30 in London during summer time is 17:30 UTC; in winter it is 18:30 UTC.
const summer: CalendarEvent = {
	id: 'e1',
	title: 'Meetup, with commas; and semicolons',
	summary: 'Talks, then tea.\nAll welcome.',
	startsAt: '2027-07-01T18:30:00+01:00',
	endsAt: '2027-07-01T20:30:00+01:00',
	timeZone: 'Europe/London',
	status: 'published',
	location: 'Central Library, College Green, Bristol BS1 5TL',
	url: 'https://hearth.example/events/e1',
	sequence: 2,
	updatedAt: '2027-06-01T09:00:00Z'
};

const options = { name: 'Hearth' };

/** Parsed as a calendar app would: its time zones registered first, so local times resolve. */
function parseCalendar(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}
const parse = (ics: string) => parseCalendar(ics).events[0];

describe('toIcs', () => {
	it('parses back to the same event at the same instant, with the same UID as every feed', () => {
		const ics = toIcs([summer], options);
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics).toContain('\r\nEND:VCALENDAR');
		const event = parse(ics);
		expect(event.summary).toBe(summer.title);
		expect(event.location).toBe(summer.location);
		expect(event.uid).toBe(eventUid('e1'));
		expect(event.sequence).toBe(2);
		expect(event.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2027-06-01T09:00:00Z');
		expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-01T17:30:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2027-07-01T19:30:00.000Z');
		expect(event.description).toContain('https://hearth.example/events/e1');
	});

	it("writes times in the event's own zone, with a VTIMEZONE for each zone used, right across the clock change", () => {
		const winter = { ...summer, id: 'e2', startsAt: '2027-12-01T18:30:00Z', endsAt: '2027-12-01T20:30:00Z' };
		// Athens leaves summer time at 01:00 UTC on 31 October 2027: a night event across it.
		const athens = { ...summer, id: 'e3', timeZone: 'Europe/Athens', startsAt: '2027-10-30T23:30:00Z', endsAt: '2027-10-31T02:30:00Z' };
		const ics = toIcs([summer, winter, athens], options);
		const { calendar, events } = parseCalendar(ics);
		expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')).sort()).toEqual(['Europe/Athens', 'Europe/London']);
		expect(ics).toContain('DTSTART;TZID=Europe/London:20270701T183000');
		expect(ics).toContain('DTSTART;TZID=Europe/London:20271201T183000');
		expect(ics).toContain('DTSTART;TZID=Europe/Athens:20271031T023000');
		expect(ics).toContain('DTEND;TZID=Europe/Athens:20271031T043000');
		expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
			'2027-07-01T17:30:00.000Z',
			'2027-12-01T18:30:00.000Z',
			'2027-10-30T23:30:00.000Z'
		]);
		// 02:30 summer time to 04:30 winter time: three hours, as the organiser meant.
		expect(events[2].endDate.toJSDate().toISOString()).toBe('2027-10-31T02:30:00.000Z');
	});

	it('marks a cancelled event as cancelled, and reminds of none', () => {
		const ics = toIcs([{ ...summer, status: 'cancelled' }], { ...options, reminderMinutes: 60 });
		expect(parse(ics).component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(parse(ics).component.getAllSubcomponents('valarm')).toEqual([]);
	});

	it('reminds at the time the member chose, or not at all', () => {
		const alarm = parse(toIcs([summer], { ...options, reminderMinutes: 1440 })).component.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-P1D');
		expect(parse(toIcs([summer], { ...options, reminderMinutes: null })).component.getAllSubcomponents('valarm')).toEqual([]);
	});

	it('folds long lines as RFC 5545 asks (75 octets)', () => {
		const ics = toIcs([{ ...summer, summary: 'x'.repeat(400), title: 'é'.repeat(80) }], options);
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('round-trips: what ical.js reads back and writes again reads the same', () => {
		const ics = toIcs([summer, { ...summer, id: 'e4', status: 'cancelled', sequence: 5 }], options);
		const again = new ICAL.Component(ICAL.parse(ics)).toString();
		const first = parseCalendar(ics).events;
		const second = parseCalendar(again).events;
		const facts = (event: ICAL.Event) => [event.uid, event.sequence, event.summary, event.startDate.toJSDate().toISOString(), event.component.getFirstPropertyValue('status')];
		expect(second.map(facts)).toEqual(first.map(facts));
	});

	it('makes a feed the calendar names, refreshed every few hours, of no events too', () => {
		const ics = toIcs([], { name: 'Bristol: events on Hearth' });
		const { calendar, events } = parseCalendar(ics);
		expect(events).toEqual([]);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bristol: events on Hearth');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(ics).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT4H/);
	});
});

describe('calendar links', () => {
	it('fills in Google Calendar with UTC times and the zone', () => {
		const url = new URL(googleCalendarUrl(summer));
		expect(url.searchParams.get('dates')).toBe('20270701T173000Z/20270701T193000Z');
		expect(url.searchParams.get('ctz')).toBe('Europe/London');
		expect(url.searchParams.get('text')).toBe(summer.title);
	});

	it('fills in Outlook with ISO times', () => {
		const url = new URL(outlookCalendarUrl(summer));
		expect(url.searchParams.get('startdt')).toBe('2027-07-01T17:30:00.000Z');
		expect(url.searchParams.get('location')).toBe(summer.location);
	});

	it('subscribes to a feed by webcal, in Google and in Outlook', () => {
		const links = subscribeLinks('https://hearth.example/calendar/community/bristol.ics', 'Bristol');
		expect(links.webcal).toBe('webcal://hearth.example/calendar/community/bristol.ics');
		expect(new URL(links.google).searchParams.get('cid')).toBe('webcal://hearth.example/calendar/community/bristol.ics');
		expect(new URL(links.outlook).searchParams.get('url')).toBe('https://hearth.example/calendar/community/bristol.ics');
		expect(new URL(links.outlook).searchParams.get('name')).toBe('Bristol');
	});
});
