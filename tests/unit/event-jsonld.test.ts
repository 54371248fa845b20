import { describe, expect, it } from 'vitest';
import { amenityFeatures, eventJsonLd, eventListJsonLd, factNamer, scriptJson, zonedDateTime, type JsonLdContext } from '$lib/events/jsonld';
import { translatorFor } from '$lib/server/i18n';
import { eventRow as event, venue } from '../support/events';
import { schemaErrors } from '../support/json-schemas';
import { schemaOrgProblems, schemaOrgTypeCount } from '../support/schema-org';

const ld = (overrides: Partial<JsonLdContext> = {}): JsonLdContext => ({
	url: 'https://h.example/events/e1',
	origin: 'https://h.example',
	taken: 0,
	factName: factNamer(translatorFor('en')),
	...overrides
});

/** Valid against our JSON Schema and made only of schema.org terms, each where schema.org has it. */
function expectValidEvent(document: unknown) {
	expect(schemaErrors('schema-org-event.schema.json', document)).toEqual([]);
	expect(schemaOrgProblems(document)).toEqual([]);
}

const featuresOf = (document: { location: unknown }) => {
	const places = [document.location].flat() as { '@type': string; amenityFeature?: { propertyID: string; value: boolean; name: string }[] }[];
	return places.find((p) => p['@type'] === 'Place')?.amenityFeature ?? [];
};
const valueOf = (document: { location: unknown }, key: string) => featuresOf(document).find((f) => f.propertyID === key)?.value;

describe('eventJsonLd', () => {
	it('describes an in-person event in full: place, address, geo, offer, languages, organiser', () => {
		const document = eventJsonLd(event(), ld());
		expectValidEvent(document);
		expect(document).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			'@id': 'https://h.example/events/e1',
			name: 'Meetup',
			description: 'Talks and tea.',
			url: 'https://h.example/events/e1',
			startDate: '2027-07-01T18:30:00+01:00',
			endDate: '2027-07-01T20:30:00+01:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: {
				'@type': 'Place',
				name: 'Central Library',
				address: { '@type': 'PostalAddress', streetAddress: 'College Green', addressLocality: 'Bristol', postalCode: 'BS1 5TL', addressCountry: 'GB' },
				geo: { '@type': 'GeoCoordinates', latitude: 51.4521, longitude: -2.6006 }
			},
			offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP', availability: 'https://schema.org/InStock', url: 'https://h.example/events/e1' },
			isAccessibleForFree: true,
			inLanguage: ['en', 'cy'],
			organizer: { '@type': 'Organization', name: 'Bristol Community Tech', url: 'https://h.example/' }
		});
		expect(document).not.toHaveProperty('maximumAttendeeCapacity');
		expect(document).not.toHaveProperty('remainingAttendeeCapacity');
	});

	it('gives each known fact as true or false, and leaves unknown facts out', () => {
		const document = eventJsonLd(event(), ld());
		// The venue: step-free yes, hearing loop unknown, bike parking yes; fully wheelchair accessible.
		expect(valueOf(document, 'stepFreeEntrance')).toBe(true);
		expect(valueOf(document, 'cycleParking')).toBe(true);
		expect(valueOf(document, 'wheelchairAccessible')).toBe(true);
		// The event: captions yes, food yes; public speaking is what it involves, not an amenity.
		expect(valueOf(document, 'captions')).toBe(true);
		expect(valueOf(document, 'foodServed')).toBe(true);
		expect(featuresOf(document).map((f) => f.propertyID).sort()).toEqual(['captions', 'cycleParking', 'foodServed', 'stepFreeEntrance', 'wheelchairAccessible']);
		expect(featuresOf(document).find((f) => f.propertyID === 'stepFreeEntrance')?.name).toBe('Step-free entrance');

		const noes = eventJsonLd(
			event({
				venue: { ...venue, wheelchair_grade: 'not', access: { stepFreeEntrance: 'no', hasInductionLoop: 'no', accessibleToilet: 'unknown' } },
				access: { signLanguage: 'no', creche: 'no', quietRoom: 'unknown' }
			}),
			ld()
		);
		expectValidEvent(noes);
		expect(featuresOf(noes).map((f) => [f.propertyID, f.value])).toEqual([
			['wheelchairAccessible', false],
			['stepFreeEntrance', false],
			['hasInductionLoop', false],
			['signLanguage', false],
			['creche', false]
		]);
		expect(valueOf(noes, 'accessibleToilet')).toBeUndefined();
		expect(valueOf(noes, 'quietRoom')).toBeUndefined();
	});

	it('leaves out partial or unknown wheelchair access, and the amenity list when nothing is known', () => {
		for (const grade of ['partially', 'unknown'] as const) {
			const document = eventJsonLd(event({ venue: { ...venue, wheelchair_grade: grade, access: {} }, access: {} }), ld());
			expectValidEvent(document);
			expect(document.location).not.toHaveProperty('amenityFeature');
		}
	});

	it("dates the event's own facts to the event, and lets them answer over the venue's", () => {
		const features = amenityFeatures({ ...venue, access: { quietRoom: 'no' } }, { quietRoom: 'yes', creche: 'unknown' }, ld(), {
			from: '2027-07-01T18:30:00+01:00',
			to: '2027-07-01T20:30:00+01:00'
		});
		expect(features.find((f) => f.propertyID === 'quietRoom')).toMatchObject({ value: true, validFrom: '2027-07-01T18:30:00+01:00', validThrough: '2027-07-01T20:30:00+01:00' });
		expect(features.find((f) => f.propertyID === 'creche')).toBeUndefined();
		// The venue's own facts hold whatever the date.
		const venueOnly = amenityFeatures({ ...venue, access: { quietRoom: 'no' } }, {}, ld(), { from: 'a', to: 'b' });
		expect(venueOnly.find((f) => f.propertyID === 'quietRoom')).toEqual({ '@type': 'LocationFeatureSpecification', propertyID: 'quietRoom', name: 'Quiet room', value: false });
	});

	it('names the facts in the language asked for', () => {
		const welsh = eventJsonLd(event(), ld({ factName: factNamer(translatorFor('cy')) }));
		expect(featuresOf(welsh).find((f) => f.propertyID === 'wheelchairAccessible')?.name).toBe('Hygyrch i gadeiriau olwyn');
		expect(featuresOf(welsh).find((f) => f.propertyID === 'stepFreeEntrance')?.name).not.toBe('Step-free entrance');
	});

	it('marks a cancelled event', () => {
		const document = eventJsonLd(event({ status: 'cancelled', cancel_reason: 'The venue flooded.' }), ld());
		expectValidEvent(document);
		expect(document.eventStatus).toBe('https://schema.org/EventCancelled');
	});

	it('says when an announced event has a new date or has moved online, cancelled over both', () => {
		const moved = eventJsonLd(event({ rescheduled_from: '2027-06-24T17:30:00Z' }), ld());
		expectValidEvent(moved);
		expect(moved).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2027-06-24T18:30:00+01:00' });
		const online = eventJsonLd(event({ format: 'online', moved_online: true, rescheduled_from: '2027-06-24T17:30:00Z' }), ld());
		expectValidEvent(online);
		expect(online).toMatchObject({ eventStatus: 'https://schema.org/EventMovedOnline', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' });
		const called = eventJsonLd(event({ status: 'cancelled', moved_online: true, rescheduled_from: '2027-06-24T17:30:00Z' }), ld());
		expect(called.eventStatus).toBe('https://schema.org/EventCancelled');
		expect(eventJsonLd(event(), ld())).not.toHaveProperty('previousStartDate');
	});

	it('puts an online event at the event page, never the joining link, and with no place', () => {
		const document = eventJsonLd(event({ format: 'online', venue: null, venue_id: null }), ld());
		expectValidEvent(document);
		expect(document.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
		expect(document.location).toEqual({ '@type': 'VirtualLocation', url: 'https://h.example/events/e1' });
		// An online event at a venue (left from when it was in person) still has no place.
		expect(eventJsonLd(event({ format: 'online' }), ld()).location).toEqual({ '@type': 'VirtualLocation', url: 'https://h.example/events/e1' });
	});

	it('gives a hybrid event both its place and the event page', () => {
		const document = eventJsonLd(event({ format: 'hybrid' }), ld());
		expectValidEvent(document);
		expect(document.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
		expect(document.location).toMatchObject([{ '@type': 'Place', name: 'Central Library' }, { '@type': 'VirtualLocation', url: 'https://h.example/events/e1' }]);
	});

	it('gives the capacity and the places left only when there is a limit, and sold out when full', () => {
		const some = eventJsonLd(event({ capacity: 30 }), ld({ taken: 12 }));
		expectValidEvent(some);
		expect(some).toMatchObject({ maximumAttendeeCapacity: 30, remainingAttendeeCapacity: 18, offers: { availability: 'https://schema.org/InStock' } });
		// Taken can pass a lowered capacity: never fewer than none left.
		const full = eventJsonLd(event({ capacity: 10 }), ld({ taken: 11 }));
		expectValidEvent(full);
		expect(full).toMatchObject({ maximumAttendeeCapacity: 10, remainingAttendeeCapacity: 0, offers: { availability: 'https://schema.org/SoldOut' } });
		expect(eventJsonLd(event({ capacity: null }), ld({ taken: 40 }))).not.toHaveProperty('remainingAttendeeCapacity');
	});

	it('gives the price in pounds with its note, or free', () => {
		const paid = eventJsonLd(event({ cost_pence: 550, cost_note: 'Pay what you can; bursaries available.' }), ld());
		expectValidEvent(paid);
		expect(paid.offers).toMatchObject({ price: 5.5, priceCurrency: 'GBP', description: 'Pay what you can; bursaries available.' });
		expect(paid.isAccessibleForFree).toBe(false);
	});

	it("writes times with the offset of the event's own zone, across the clock change", () => {
		// Clocks in London go forward at 01:00 GMT on 28 March 2027.
		expect(zonedDateTime('2027-03-27T18:30:00Z', 'Europe/London')).toBe('2027-03-27T18:30:00+00:00');
		expect(zonedDateTime('2027-03-28T17:30:00Z', 'Europe/London')).toBe('2027-03-28T18:30:00+01:00');
		// An all-night event across the change starts in GMT and ends in BST.
		const overnight = eventJsonLd(event({ starts_at: '2027-03-27T23:00:00Z', ends_at: '2027-03-28T03:00:00Z' }), ld());
		expectValidEvent(overnight);
		expect([overnight.startDate, overnight.endDate]).toEqual(['2027-03-27T23:00:00+00:00', '2027-03-28T04:00:00+01:00']);
		// And back, on 31 October 2027: the same instant an hour apart in wall time.
		expect(zonedDateTime('2027-10-31T00:30:00Z', 'Europe/London')).toBe('2027-10-31T01:30:00+01:00');
		expect(zonedDateTime('2027-10-31T01:30:00Z', 'Europe/London')).toBe('2027-10-31T01:30:00+00:00');
		// Another zone, and one with a half-hour offset.
		expect(eventJsonLd(event({ time_zone: 'America/New_York' }), ld()).startDate).toBe('2027-07-01T13:30:00-04:00');
		expect(zonedDateTime('2027-01-01T17:30:00Z', 'Asia/Kolkata')).toBe('2027-01-01T23:00:00+05:30');
	});

	it('falls back to the description when there is no summary, and leaves both out when empty', () => {
		expect(eventJsonLd(event({ summary: '', description: 'All about it.' }), ld()).description).toBe('All about it.');
		const bare = eventJsonLd(event({ summary: '', description: '' }), ld());
		expectValidEvent(bare);
		expect(bare).not.toHaveProperty('description');
	});

	it('is written so a title cannot close the script element', () => {
		const title = '</script><script>alert(1)</script><!--';
		const json = scriptJson(eventJsonLd(event({ title }), ld()));
		expect(json).not.toContain('<');
		expect(JSON.parse(json).name).toBe(title);
	});
});

describe('eventListJsonLd', () => {
	it('lists events in order as an ItemList of Events', () => {
		const list = eventListJsonLd({ name: 'Upcoming events: Bristol Community Tech', url: 'https://h.example/open-data/bristol/events.jsonld' }, [
			{ event: event({ id: 'e1' }), ld: ld() },
			{ event: event({ id: 'e2', format: 'online', venue: null, status: 'cancelled' }), ld: ld({ url: 'https://h.example/events/e2' }) }
		]);
		expect(schemaErrors('schema-org-event-list.schema.json', list)).toEqual([]);
		expect(schemaOrgProblems(list)).toEqual([]);
		expect(list.numberOfItems).toBe(2);
		expect(list.itemListElement.map((e) => [e.position, e.item['@id']])).toEqual([
			[1, 'https://h.example/events/e1'],
			[2, 'https://h.example/events/e2']
		]);
		expect(list.itemListElement[1].item).not.toHaveProperty('@context');
		const empty = eventListJsonLd({ name: 'Nothing yet', url: 'https://h.example/x' }, []);
		expect(schemaErrors('schema-org-event-list.schema.json', empty)).toEqual([]);
	});
});

describe('the checks themselves', () => {
	const good = () => JSON.parse(JSON.stringify(eventJsonLd(event({ capacity: 30 }), ld({ taken: 2 }))));

	it('find terms schema.org does not have, or has on another type', () => {
		expect(schemaOrgTypeCount).toBeGreaterThan(500);
		expect(schemaOrgProblems({ ...good(), amenityFeature: [] })).toEqual(['$.amenityFeature: not a property of Event']);
		expect(schemaOrgProblems({ ...good(), accessibilityFeature: ['captions'] })).toEqual(['$.accessibilityFeature: not a property of Event']);
		expect(schemaOrgProblems({ ...good(), eventStatus: 'https://schema.org/EventMaybe' })).toEqual(['$.eventStatus: https://schema.org/EventMaybe is not a schema.org value']);
		expect(schemaOrgProblems({ ...good(), organizer: { '@type': 'Community', name: 'x' } })).toEqual(['$.organizer: Community is not a schema.org type']);
	});

	it('find a document of the wrong shape', () => {
		const unknownAsText = good();
		unknownAsText.location.amenityFeature[0].value = 'unknown';
		expect(schemaErrors('schema-org-event.schema.json', unknownAsText).join('\n')).toContain('/location/amenityFeature/0/value must be boolean');
		expect(schemaErrors('schema-org-event.schema.json', { ...good(), startDate: '2027-07-01T18:30:00' }).join('\n')).toContain('/startDate must match pattern');
		expect(schemaErrors('schema-org-event.schema.json', { ...good(), remainingAttendeeCapacity: -1 }).join('\n')).toContain('/remainingAttendeeCapacity must be >= 0');
		const { maximumAttendeeCapacity: _, ...noMaximum } = good();
		expect(schemaErrors('schema-org-event.schema.json', noMaximum).join('\n')).toContain('must have property maximumAttendeeCapacity');
		expect(schemaErrors('schema-org-event.schema.json', { ...good(), location: { '@type': 'VirtualLocation', url: 'https://x.example', name: 'Join link' } })).not.toEqual([]);
		const list = { '@context': 'https://schema.org', '@type': 'ItemList', name: 'x', url: 'https://h.example/x', itemListOrder: 'https://schema.org/ItemListOrderAscending' };
		expect(schemaErrors('schema-org-event-list.schema.json', { ...list, numberOfItems: 1, itemListElement: [{ '@type': 'ListItem', position: 1, item: good() }] })).toEqual([
			'/itemListElement/0/item must NOT be valid',
			'/itemListElement/0/item property name must be valid'
		]);
	});
});
