import { describe, expect, it } from 'vitest';
import { calendarEvent, directionsUrl, groupedFacts, involvesSentences, venueLine, yesChips } from '$lib/events/describe';
import { eventJsonLd, scriptJson } from '$lib/events/jsonld';
import type { EventRow, Venue } from '$lib/events/queries';

const venue: Venue = {
	id: 'v1',
	community_id: 'c1',
	name: 'Central Library',
	address: 'College Green',
	postcode: 'BS1 5TL',
	town: 'Bristol',
	latitude: 51.4521,
	longitude: -2.6006,
	wheelchair_grade: 'fully',
	access: { stepFreeEntrance: 'yes', hasInductionLoop: 'unknown', cycleParking: 'yes' },
	access_note: '',
	access_contact: '',
	stops: [],
	transport_note: '',
	parking_note: '',
	created_by: null,
	created_at: '2026-11-01T10:00:00Z',
	updated_at: '2026-11-01T10:00:00Z'
};

function event(overrides: Partial<EventRow> = {}): EventRow {
	return {
		id: 'e1',
		community_id: 'c1',
		venue_id: 'v1',
		title: 'Meetup',
		summary: 'Talks and tea.',
		description: '',
		who_for: '',
		starts_at: '2027-07-01T17:30:00Z',
		ends_at: '2027-07-01T19:30:00Z',
		time_zone: 'Europe/London',
		format: 'in_person',
		languages: ['en', 'cy'],
		access: { captions: 'yes', publicSpeaking: 'no', foodServed: 'yes' },
		cost_pence: 0,
		cost_note: '',
		capacity: null,
		status: 'published',
		cancel_reason: '',
		sequence: 0,
		updated_at: '2026-11-01T10:00:00Z',
		community: { name: 'Bristol Community Tech', slug: 'bristol' },
		venue,
		...overrides
	};
}

describe('involvesSentences', () => {
	it('says what is known as sentences and lists what is not confirmed', () => {
		const { known, unknown } = involvesSentences({ publicSpeaking: 'no', speedNetworking: 'yes' });
		expect(known).toEqual(['events.involves.publicSpeaking.no', 'events.involves.speedNetworking.yes']);
		expect(unknown).toContain('loud');
		expect(unknown).not.toContain('publicSpeaking');
	});
});

describe('card and page facts', () => {
	it('puts only yes facts on a card', () => {
		expect(yesChips({ stepFreeEntrance: 'yes', hasInductionLoop: 'unknown', captions: 'no', creche: 'yes' })).toEqual([
			'stepFreeEntrance',
			'creche'
		]);
	});

	it('groups every fact with its answer, unknown when missing, and leaves out the room for online events', () => {
		const groups = groupedFacts({ stepFreeEntrance: 'yes' }, false);
		expect(groups.find((g) => g.group === 'gettingIn')?.facts[0]).toEqual({ key: 'stepFreeEntrance', value: 'yes' });
		expect(groups.find((g) => g.group === 'toilets')?.facts.every((f) => f.value === 'unknown')).toBe(true);

		const online = groupedFacts({ captions: 'yes' }, true);
		expect(online.map((g) => g.group)).toEqual(['hearingSeeing', 'children']);
		expect(online.flatMap((g) => g.facts.map((f) => f.key))).not.toContain('hasInductionLoop');
	});
});

describe('directionsUrl', () => {
	it('routes to the venue point on OpenStreetMap', () => {
		const url = new URL(directionsUrl(venue));
		expect(url.origin + url.pathname).toBe('https://www.openstreetmap.org/directions');
		expect(url.searchParams.get('route')).toBe(';51.4521,-2.6006');
	});

	it('searches by address when the venue has no point', () => {
		const url = new URL(directionsUrl({ ...venue, latitude: null, longitude: null }));
		expect(url.pathname).toBe('/search');
		expect(url.searchParams.get('query')).toBe('College Green, Bristol, BS1 5TL');
	});
});

describe('calendarEvent', () => {
	it('uses the address, or the word for online', () => {
		expect(venueLine(venue)).toBe('Central Library, College Green, Bristol BS1 5TL');
		expect(calendarEvent(event(), 'https://h.example', 'Online')).toMatchObject({
			location: 'Central Library, College Green, Bristol BS1 5TL',
			url: 'https://h.example/events/e1'
		});
		expect(calendarEvent(event({ venue: null, format: 'online' }), 'https://h.example', 'Ar-lein').location).toBe('Ar-lein');
	});
});

describe('eventJsonLd', () => {
	it('describes an in-person event with its place and yes features only', () => {
		const ld = eventJsonLd(event(), 'https://h.example/events/e1', 'https://h.example');
		expect(ld).toMatchObject({
			'@type': 'Event',
			name: 'Meetup',
			startDate: '2027-07-01T17:30:00Z',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: 'BS1 5TL' } },
			organizer: { name: 'Bristol Community Tech' },
			isAccessibleForFree: true,
			inLanguage: ['en', 'cy']
		});
		expect(ld.accessibilityFeature.sort()).toEqual(['captions', 'cycleParking', 'stepFreeEntrance']);
	});

	it('marks cancelled and online events, and never gives away the joining link', () => {
		const ld = eventJsonLd(event({ status: 'cancelled', format: 'online', venue: null, cost_pence: 500 }), 'https://h.example/events/e1', 'https://h.example');
		expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
		expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: 'https://h.example/events/e1' });
		expect(ld.isAccessibleForFree).toBe(false);
	});

	it('is written so a title cannot close the script element', () => {
		const json = scriptJson(eventJsonLd(event({ title: '</script><script>alert(1)</script>' }), 'u', 'o'));
		expect(json).not.toContain('<');
		expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
	});
});
