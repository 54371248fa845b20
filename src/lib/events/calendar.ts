// Calendar entries (RFC 5545) for one event or a whole feed, through the maintained
// `ical-generator`, with a VTIMEZONE for each zone used from `@touch4it/ical-timezones`:
// times are written in the event's own zone, so calendars place them right across
// daylight-saving changes. A download and every feed give an event the same UID, and the
// SEQUENCE the database raises on each change a calendar shows, so a subscribed calendar
// replaces its copy (and marks it cancelled) instead of keeping a stale one. Also the links
// that open Google or Outlook with one event filled in, or subscribe them to a feed.
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEvent {
	id: string;
	title: string;
	summary: string;
	startsAt: string;
	endsAt: string;
	/** IANA zone the event happens in, e.g. Europe/London. */
	timeZone: string;
	status: 'draft' | 'published' | 'cancelled';
	/** Street address, or the words for "online". */
	location: string;
	/** The event's page, where the details and the joining link live. */
	url: string;
	sequence: number;
	updatedAt: string;
}

export interface CalendarOptions {
	/** The calendar's name, as a subscribed calendar shows it. */
	name: string;
	/** Minutes before the start to remind; null or absent for no reminder. */
	reminderMinutes?: number | null;
}

/** Same in downloads and feeds, so a calendar knows it is the same event. */
export const eventUid = (id: string) => `${id}@hearth`;

export function toIcs(events: CalendarEvent[], { name, reminderMinutes }: CalendarOptions): string {
	const calendar = ical({
		name,
		prodId: { company: 'hearth', product: 'events', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH,
		// Subscribed calendars ask again within a few hours (REFRESH-INTERVAL, X-PUBLISHED-TTL).
		ttl: 60 * 60 * 4,
		timezone: { name: null, generator: getVtimezoneComponent }
	});
	for (const event of events) {
		const entry = calendar.createEvent({
			id: eventUid(event.id),
			sequence: event.sequence,
			// TZDate (@date-fns/tz) gives the local wall time ical-generator writes beside TZID;
			// a plain Date would give this machine's.
			start: new TZDate(event.startsAt, event.timeZone),
			end: new TZDate(event.endsAt, event.timeZone),
			timezone: event.timeZone,
			lastModified: new Date(event.updatedAt),
			summary: event.title,
			description: `${event.summary}\n\n${event.url}`.trim(),
			location: event.location,
			url: event.url,
			status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
		if (reminderMinutes && event.status !== 'cancelled') {
			entry.createAlarm({ type: ICalAlarmType.display, trigger: reminderMinutes * 60, description: event.title });
		}
	}
	return calendar.toString();
}

const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function googleCalendarUrl(event: CalendarEvent): string {
	const url = new URL('https://calendar.google.com/calendar/render');
	url.searchParams.set('action', 'TEMPLATE');
	url.searchParams.set('text', event.title);
	url.searchParams.set('dates', `${stamp(event.startsAt)}/${stamp(event.endsAt)}`);
	url.searchParams.set('ctz', event.timeZone);
	url.searchParams.set('details', `${event.summary}\n\n${event.url}`.trim());
	url.searchParams.set('location', event.location);
	return url.toString();
}

export function outlookCalendarUrl(event: CalendarEvent): string {
	const url = new URL('https://outlook.live.com/calendar/0/action/compose');
	url.searchParams.set('subject', event.title);
	url.searchParams.set('startdt', new Date(event.startsAt).toISOString());
	url.searchParams.set('enddt', new Date(event.endsAt).toISOString());
	url.searchParams.set('body', `${event.summary}\n\n${event.url}`.trim());
	url.searchParams.set('location', event.location);
	return url.toString();
}

/** The ways to subscribe to a feed at `feedUrl` (an https or http address). */
export function subscribeLinks(feedUrl: string, name: string) {
	const webcal = feedUrl.replace(/^https?:/, 'webcal:');
	const google = new URL('https://calendar.google.com/calendar/r');
	google.searchParams.set('cid', webcal);
	const outlook = new URL('https://outlook.live.com/calendar/0/addfromweb');
	outlook.searchParams.set('url', feedUrl);
	outlook.searchParams.set('name', name);
	return { webcal, google: google.toString(), outlook: outlook.toString(), feed: feedUrl };
}
