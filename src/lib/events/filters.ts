// The events list's filters, read from the URL (so they work without JavaScript and can
// be shared or bookmarked), and applied to events that have been fetched.
import { isNeed, matchNeeds, combinedFacts, type Facts, type Format, type Need, type NeedsMatch } from './access';
import { dateTimeFormat } from '$lib/i18n/format';

export const formats = ['in_person', 'online', 'hybrid'] as const;
export const distances = [2, 5, 10, 25, 50] as const;

export interface EventFilters {
	words: string;
	from: string | null;
	to: string | null;
	format: Format | null;
	/** What the person typed for "near", kept to show back. */
	near: string;
	/** From the browser's location, when they chose to share it. */
	latitude: number | null;
	longitude: number | null;
	withinKm: number | null;
	/** Needs ticked on the page; empty with `myNeeds` means the member's saved needs. */
	needs: Need[];
	myNeeds: boolean;
}

const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);

function coordinate(value: string | null, limit: number) {
	if (value === null || value.trim() === '') return null;
	const n = Number(value);
	return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

export function readFilters(params: URLSearchParams): EventFilters {
	const format = params.get('format');
	const within = Number(params.get('within'));
	const latitude = coordinate(params.get('lat'), 90);
	const longitude = coordinate(params.get('lng'), 180);
	const located = latitude !== null && longitude !== null;
	return {
		words: (params.get('q') ?? '').trim().slice(0, 100),
		from: isoDate(params.get('from')),
		to: isoDate(params.get('to')),
		format: (formats as readonly string[]).includes(format ?? '') ? (format as Format) : null,
		near: (params.get('near') ?? '').trim().slice(0, 80),
		latitude: located ? latitude : null,
		longitude: located ? longitude : null,
		withinKm: (distances as readonly number[]).includes(within) ? within : null,
		needs: [...new Set(params.getAll('need').filter(isNeed))],
		myNeeds: params.get('mine') === '1'
	};
}

/** How many events the list shows at first, and how many more each time it is asked. */
export const listStep = 20;
/** The most it shows: past that, the filters narrow the list better than scrolling. */
export const listMost = 200;

/**
 * How many of the matching events to show: the first 20, or more when asked (`?shown=40`).
 * Only those go to the page, so a phone renders and hydrates 20 cards, not 200.
 */
export function shownCount(params: URLSearchParams): number {
	const shown = Number(params.get('shown'));
	return Number.isInteger(shown) && shown > listStep ? Math.min(Math.ceil(shown / listStep) * listStep, listMost) : listStep;
}

/** The same list showing `listStep` more, at the first of the new events. */
export function moreHref(url: URL, shown: number, firstNewId: string): string {
	const next = new URL(url);
	next.searchParams.set('shown', String(shown + listStep));
	return `${next.pathname}${next.search}#event-${firstNewId}`;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
	const rad = Math.PI / 180;
	const dLat = (b.latitude - a.latitude) * rad;
	const dLng = (b.longitude - a.longitude) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface ListedEvent {
	id: string;
	starts_at: string;
	ends_at: string;
	time_zone: string;
	format: Format;
	access: Facts;
	venue: { latitude: number | null; longitude: number | null; access: Facts } | null;
}

export interface Placed<T> {
	event: T;
	match: NeedsMatch;
	/** km from the chosen place; null for online events or when no place was given. */
	distanceKm: number | null;
}

/**
 * Applies the needs and distance filters. Events that don't fit someone's needs are left
 * out; events with unconfirmed facts stay in, marked, because unknown is not no.
 */
export function placeEvents<T extends ListedEvent>(
	events: T[],
	filters: Pick<EventFilters, 'from' | 'to' | 'withinKm'>,
	needs: readonly Need[],
	origin: { latitude: number; longitude: number } | null
): Placed<T>[] {
	const { from, to, withinKm } = filters;
	const placed: Placed<T>[] = [];
	for (const event of events) {
		const day = localDay(event);
		if ((from && day < from) || (to && day > to)) continue;
		const match = matchNeeds(combinedFacts(event.venue?.access, event.access), event.format, needs);
		if (match.fit === 'does_not_fit') continue;
		const venue = event.venue;
		const distance =
			origin && venue && venue.latitude !== null && venue.longitude !== null && event.format !== 'online'
				? distanceKm(origin, { latitude: venue.latitude, longitude: venue.longitude })
				: null;
		// Online (and hybrid) events can be joined from anywhere, so a distance never hides them.
		if (withinKm !== null && distance !== null && distance > withinKm && event.format !== 'hybrid') continue;
		if (withinKm !== null && origin && distance === null && event.format === 'in_person') continue;
		placed.push({ event, match, distanceKm: distance });
	}
	return placed;
}

/** The day an event starts on ("2027-07-01"), where it happens. */
export function localDay(event: Pick<ListedEvent, 'starts_at' | 'time_zone'>) {
	return dateTimeFormat('en-CA', { timeZone: event.time_zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(event.starts_at));
}

/** Groups events by their local day, keeping their order. */
export function groupByDay<T extends { event: ListedEvent }>(items: T[]) {
	const days = new Map<string, T[]>();
	for (const item of items) {
		const day = localDay(item.event);
		days.set(day, [...(days.get(day) ?? []), item]);
	}
	return [...days].map(([day, events]) => ({ day, events }));
}
