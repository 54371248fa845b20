import type { MyEvent } from './queries';

/** A member's events in the groups the Me page shows; past ones newest first. */
export function sortMyEvents(rows: MyEvent[], now: Date) {
	const upcoming = rows.filter((r) => new Date(r.event.ends_at) >= now);
	return {
		going: upcoming.filter((r) => r.status === 'going'),
		waitlist: upcoming.filter((r) => r.status === 'waitlist'),
		maybe: upcoming.filter((r) => r.status === 'maybe'),
		past: rows.filter((r) => new Date(r.event.ends_at) < now && r.status === 'going').reverse()
	};
}
