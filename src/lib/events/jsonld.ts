// schema.org/Event for an event page, so search engines and other tools can read it.
import { combinedFacts, involvesFacts } from './access';
import type { EventRow } from './queries';

const attendance = {
	in_person: 'https://schema.org/OfflineEventAttendanceMode',
	online: 'https://schema.org/OnlineEventAttendanceMode',
	hybrid: 'https://schema.org/MixedEventAttendanceMode'
} as const;

const notFeatures: ReadonlySet<string> = new Set([...involvesFacts, 'foodServed', 'bursaries', 'companionFree']);

export function eventJsonLd(event: EventRow, pageUrl: string, origin: string) {
	const facts = combinedFacts(event.venue?.access, event.access);
	const venue = event.venue;
	const place = venue && {
		'@type': 'Place',
		name: venue.name,
		address: {
			'@type': 'PostalAddress',
			streetAddress: venue.address,
			addressLocality: venue.town,
			postalCode: venue.postcode,
			addressCountry: 'GB'
		},
		...(venue.latitude !== null && venue.longitude !== null
			? { geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude } }
			: {})
	};
	// The joining link is for people who said they're coming, so the page stands in for it.
	const virtual = { '@type': 'VirtualLocation', url: pageUrl };
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		url: pageUrl,
		startDate: event.starts_at,
		endDate: event.ends_at,
		eventStatus: event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
		eventAttendanceMode: attendance[event.format],
		location: event.format === 'online' ? virtual : event.format === 'hybrid' && place ? [place, virtual] : (place ?? virtual),
		organizer: event.community && { '@type': 'Organization', name: event.community.name, url: `${origin}/` },
		isAccessibleForFree: event.cost_pence === 0,
		accessibilityFeature: Object.keys(facts).filter((key) => facts[key] === 'yes' && !notFeatures.has(key)),
		inLanguage: event.languages
	};
}

/** JSON for a <script> element: `<` escaped so no text in it can close the element. */
export function scriptJson(value: unknown) {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
