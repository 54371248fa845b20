// schema.org/Event for an event page and the open-data feed, so search engines, other maps
// and calendars can read it. Typed by schema-dts (schema.org's vocabulary as TypeScript), so
// a term schema.org does not have, or has on another type, fails the type check.
//
// Only what anyone may see goes in: the joining link is for people who said they're coming
// (RLS: event_links), so the event page stands in for it as the online location.
import { TZDate } from '@date-fns/tz';
import type { TFunction } from 'i18next';
import type { Event, ItemList, LocationFeatureSpecification, Offer, Organization, Place, VirtualLocation, WithContext } from 'schema-dts';
import { combinedFacts, eventFacts, factOf, venueFacts, type EventFact, type Facts, type VenueFact } from './access';
import type { EventRow } from './queries';

const schema = 'https://schema.org/';

const attendance = {
	in_person: `${schema}OfflineEventAttendanceMode`,
	online: `${schema}OnlineEventAttendanceMode`,
	hybrid: `${schema}MixedEventAttendanceMode`
} as const;

/**
 * Facts that are amenities of the place (the venue's, and what the event brings to it, such as
 * a creche): the rest are what the event involves, or about its cost, not the place.
 */
const amenityFacts: readonly string[] = [...new Set([...venueFacts, ...eventFacts.filter((key) => key !== 'bursaries' && key !== 'companionFree')])];

/** What the builder needs besides the event: where it is, how many places are taken, and names for facts. */
export interface JsonLdContext {
	/** The event page's address. */
	url: string;
	origin: string;
	/** Places taken by people going (event_places.taken). */
	taken: number;
	/** A fact's name in the document's language: `access.facts.<key>`, and `wheelchairAccessible`. */
	factName: (key: string) => string;
}

/** Facts named in a language: the access facts' own names, and wheelchair access. */
export const factNamer = (t: TFunction) => (key: string) =>
	key === 'wheelchairAccessible' ? t('eventOpenData.wheelchairAccessible') : t(`access.facts.${key as VenueFact | EventFact}`);

/** An instant as the event's clocks show it, with their offset: 2027-07-01T18:30:00+01:00. */
export function zonedDateTime(instant: string, zone: string): string {
	return new TZDate(Date.parse(instant), zone).toISOString().replace(/\.\d{3}(?=[+-])/, '');
}

/** One feature per known fact, true or false; unknown facts are left out, never shown as false. */
export function amenityFeatures(venue: EventRow['venue'], eventAccess: Facts, ld: Pick<JsonLdContext, 'factName'>, during?: { from: string; to: string }) {
	const features: LocationFeatureSpecification[] = [];
	const feature = (propertyID: string, value: boolean, validity?: { from: string; to: string }): LocationFeatureSpecification => ({
		'@type': 'LocationFeatureSpecification',
		propertyID,
		name: ld.factName(propertyID),
		value,
		...(validity ? { validFrom: validity.from, validThrough: validity.to } : {})
	});
	if (venue?.wheelchair_grade === 'fully' || venue?.wheelchair_grade === 'not') {
		features.push(feature('wheelchairAccessible', venue.wheelchair_grade === 'fully'));
	}
	const atVenue = combinedFacts(venue?.access, null);
	const atEvent = combinedFacts(null, eventAccess);
	for (const key of amenityFacts) {
		// The event's answer holds for the event only (a creche that day); the venue's always.
		const fromEvent = factOf(atEvent, key);
		const answer = fromEvent !== 'unknown' ? fromEvent : factOf(atVenue, key);
		if (answer === 'unknown') continue;
		features.push(feature(key, answer === 'yes', fromEvent !== 'unknown' ? during : undefined));
	}
	return features;
}

function place(event: EventRow, ld: JsonLdContext, during: { from: string; to: string }): Place | null {
	const venue = event.venue;
	if (!venue) return null;
	const features = amenityFeatures(venue, event.access, ld, during);
	return {
		'@type': 'Place',
		name: venue.name,
		address: {
			'@type': 'PostalAddress',
			...(venue.address ? { streetAddress: venue.address } : {}),
			...(venue.town ? { addressLocality: venue.town } : {}),
			...(venue.postcode ? { postalCode: venue.postcode } : {}),
			addressCountry: 'GB'
		},
		...(venue.latitude !== null && venue.longitude !== null
			? { geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude } }
			: {}),
		...(features.length ? { amenityFeature: features } : {})
	};
}

/** Cancelled says it all; then a move online (the place people planned for is gone), then a new date. */
function status(event: EventRow) {
	if (event.status === 'cancelled') return `${schema}EventCancelled` as const;
	if (event.moved_online) return `${schema}EventMovedOnline` as const;
	return event.rescheduled_from ? (`${schema}EventRescheduled` as const) : (`${schema}EventScheduled` as const);
}

/** The event as a full schema.org Event (without @context: see eventJsonLd). */
export function eventNode(event: EventRow, ld: JsonLdContext) {
	const startDate = zonedDateTime(event.starts_at, event.time_zone);
	const endDate = zonedDateTime(event.ends_at, event.time_zone);
	const room = event.format === 'online' ? null : place(event, ld, { from: startDate, to: endDate });
	const online: VirtualLocation = { '@type': 'VirtualLocation', url: ld.url };
	const location = event.format === 'online' || !room ? online : event.format === 'hybrid' ? [room, online] : room;
	const left = event.capacity === null ? null : Math.max(0, event.capacity - ld.taken);
	const offer: Offer = {
		'@type': 'Offer',
		price: event.cost_pence / 100,
		priceCurrency: 'GBP',
		url: ld.url,
		availability: left === 0 ? `${schema}SoldOut` : `${schema}InStock`,
		...(event.cost_note ? { description: event.cost_note } : {})
	};
	const organizer: Organization | null = event.community && { '@type': 'Organization', name: event.community.name, url: `${ld.origin}/` };
	const description = event.summary || event.description;
	return {
		'@type': 'Event',
		'@id': ld.url,
		name: event.title,
		...(description ? { description } : {}),
		url: ld.url,
		startDate,
		endDate,
		eventStatus: status(event),
		...(event.rescheduled_from ? { previousStartDate: zonedDateTime(event.rescheduled_from, event.time_zone) } : {}),
		eventAttendanceMode: attendance[event.format],
		location,
		offers: offer,
		isAccessibleForFree: event.cost_pence === 0,
		...(event.capacity !== null && left !== null ? { maximumAttendeeCapacity: event.capacity, remainingAttendeeCapacity: left } : {}),
		inLanguage: event.languages,
		...(organizer ? { organizer } : {})
	} satisfies Event;
}

/** The JSON-LD document of an event page. */
export function eventJsonLd(event: EventRow, ld: JsonLdContext) {
	return { '@context': 'https://schema.org', ...eventNode(event, ld) } satisfies WithContext<Event>;
}

/** A community's upcoming events as one schema.org ItemList, in the order given (soonest first). */
export function eventListJsonLd(list: { name: string; url: string }, events: { event: EventRow; ld: JsonLdContext }[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name: list.name,
		url: list.url,
		itemListOrder: `${schema}ItemListOrderAscending`,
		numberOfItems: events.length,
		itemListElement: events.map(({ event, ld }, i) => ({ '@type': 'ListItem', position: i + 1, item: eventNode(event, ld) }))
	} satisfies WithContext<ItemList>;
}

/** JSON for a <script> element: `<` escaped so no text in it can close the element. */
export function scriptJson(value: unknown) {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
