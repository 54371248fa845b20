// Calendar entries for an event: an .ics file (RFC 5545, via the maintained `ics` package,
// times in UTC so every calendar places them right whatever its zone) and links that
// open Google or Outlook with the event filled in.
import { createEvents, type EventAttributes } from 'ics';

export interface CalendarEvent {
	id: string;
	title: string;
	summary: string;
	startsAt: string;
	endsAt: string;
	status: 'draft' | 'published' | 'cancelled';
	/** Street address, or the words for "online". */
	location: string;
	/** The event's page, where the details and the joining link live. */
	url: string;
}

const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function toIcs(event: CalendarEvent): string {
	const attributes: EventAttributes = {
		uid: `${event.id}@hearth`,
		productId: 'hearth/events',
		start: new Date(event.startsAt).getTime(),
		startInputType: 'utc',
		startOutputType: 'utc',
		end: new Date(event.endsAt).getTime(),
		endInputType: 'utc',
		endOutputType: 'utc',
		title: event.title,
		description: `${event.summary}\n\n${event.url}`.trim(),
		location: event.location,
		url: event.url,
		status: event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
		calName: 'Hearth'
	};
	const { error, value } = createEvents([attributes]);
	if (error || !value) throw error ?? new Error('could not create the calendar entry');
	return value;
}

export function googleCalendarUrl(event: CalendarEvent): string {
	const url = new URL('https://calendar.google.com/calendar/render');
	url.searchParams.set('action', 'TEMPLATE');
	url.searchParams.set('text', event.title);
	url.searchParams.set('dates', `${stamp(event.startsAt)}/${stamp(event.endsAt)}`);
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
