import type { CalendarEvent } from '$lib/events/calendar';
import type { EventRow } from '$lib/events/queries';

/** An event as a calendar entry, pointing back at its page on this site. */
export function calendarEvent(event: EventRow, origin: string): CalendarEvent {
	const place = event.venue ? [event.venue.name, event.venue.address, event.venue.town, event.venue.postcode].filter(Boolean).join(', ') : '';
	return {
		id: event.id,
		title: event.title,
		summary: event.summary,
		startsAt: event.starts_at,
		endsAt: event.ends_at,
		status: event.status,
		location: event.format === 'online' ? 'Online' : place,
		url: `${origin}/events/${event.id}`
	};
}
