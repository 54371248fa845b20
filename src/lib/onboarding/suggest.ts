// The finish page's few suggestions: upcoming published events that fit the person's needs,
// those that surely fit before those with details still unconfirmed, soonest first.
import type { Need } from '$lib/events/access';
import { placeEvents, type ListedEvent, type Placed } from '$lib/events/filters';

export function suggestEvents<T extends ListedEvent & { status: string }>(
	events: T[],
	needs: readonly Need[],
	origin: { latitude: number; longitude: number } | null,
	count = 3
): Placed<T>[] {
	const placed = placeEvents(
		events.filter((e) => e.status === 'published'),
		{ from: null, to: null, withinKm: null },
		needs,
		origin
	);
	const rank = (p: Placed<T>) => (p.match.fit === 'fits' ? 0 : 1);
	// Array.prototype.sort is stable, so equal ranks keep the soonest-first order.
	return placed.sort((a, b) => rank(a) - rank(b)).slice(0, count);
}
