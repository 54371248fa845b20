// An event as the event page reads it, at a venue with some facts known: for unit tests.
import type { EventRow, Venue } from '../../src/lib/events/queries';

export const venue: Venue = {
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

export function eventRow(overrides: Partial<EventRow> = {}): EventRow {
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
		rescheduled_from: null,
		moved_online: false,
		sequence: 0,
		updated_at: '2026-11-01T10:00:00Z',
		community: { name: 'Bristol Community Tech', slug: 'bristol' },
		venue,
		...overrides
	};
}
