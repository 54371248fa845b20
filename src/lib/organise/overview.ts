// The organiser's home: each community's events sorted into what needs doing.
import type { EventSummary } from './queries';

export interface EventGroups {
	drafts: EventSummary[];
	upcoming: EventSummary[];
	past: EventSummary[];
	cancelled: EventSummary[];
}

/** Drafts and cancelled events apart; published ones upcoming until they end. Past ones newest first. */
export function groupEvents(events: EventSummary[], now = new Date()): EventGroups {
	const groups: EventGroups = { drafts: [], upcoming: [], past: [], cancelled: [] };
	for (const event of events) {
		if (event.status === 'draft') groups.drafts.push(event);
		else if (event.status === 'cancelled') groups.cancelled.push(event);
		else if (Date.parse(event.ends_at) >= now.getTime()) groups.upcoming.push(event);
		else groups.past.unshift(event);
	}
	return groups;
}
