import { describe, expect, it } from 'vitest';
import { blankEvent, checkEvent, eventValues } from '$lib/organise/event-form';
import { explainDbError, readForm } from '$lib/organise/form';
import { blankVenue, checkVenue, stopRows, venueValues } from '$lib/organise/venue-form';

const bristol = '11111111-1111-4111-8111-111111111111';
const without = (values: Record<string, string>, ...names: string[]) => Object.fromEntries(Object.entries(values).filter(([name]) => !names.includes(name)));
const library = 'b0000000-0000-4000-8000-000000000001';

const goodEvent = {
	...blankEvent(bristol, library),
	title: '  Monthly meetup  ',
	date: '2026-07-02',
	start: '18:30',
	end: '20:30',
	'fact.captions': 'yes',
	'fact.loud': 'no',
	'fact.creche': 'unknown'
};

describe('checkEvent', () => {
	it('turns a good form into a row, with times in the event zone and only answered facts', () => {
		const result = checkEvent(goodEvent);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.event).toMatchObject({
			community_id: bristol,
			venue_id: library,
			title: 'Monthly meetup',
			starts_at: '2026-07-02T17:30:00.000Z',
			ends_at: '2026-07-02T19:30:00.000Z',
			time_zone: 'Europe/London',
			languages: ['en'],
			access: { captions: 'yes', loud: 'no' },
			cost_pence: 0,
			capacity: null
		});
		expect(result.value.joinUrl).toBeNull();
	});

	// title = '😀a' passed the form (3 UTF-16 units) and the database refused it (2 characters): 'too long'.
	it('counts a title in characters, as the database does', () => {
		expect(checkEvent({ ...goodEvent, title: '😀a' })).toMatchObject({ ok: false, errors: { title: 'organise.errors.tooShort' } });
		expect(checkEvent({ ...goodEvent, title: '😀ab' }).ok).toBe(true);
	});

	// A form posted without its format or cost radios once came back with valibot's own English.
	it('asks to choose a format and a cost when none was sent', () => {
		expect(checkEvent(without(goodEvent, 'format', 'cost'))).toMatchObject({ ok: false, errors: { format: 'organise.errors.choose', cost: 'organise.errors.choose' } });
	});

	it('names every problem by its field at once', () => {
		const result = checkEvent({ ...goodEvent, title: ' ', end: '17:00', joinUrl: 'http://meet.example.org', format: 'hybrid', venue: '' });
		expect(result).toEqual({
			ok: false,
			errors: {
				title: 'organise.errors.required',
				end: 'organise.errors.endBeforeStart',
				joinUrl: 'organise.errors.httpsOnly',
				venue: 'organise.errors.venueMissing'
			}
		});
	});

	it('needs no venue online, and keeps the https joining link', () => {
		const result = checkEvent({ ...goodEvent, format: 'online', venue: library, joinUrl: 'https://meet.example.org/abc' });
		expect(result.ok && result.value).toMatchObject({ event: { venue_id: null, format: 'online' }, joinUrl: 'https://meet.example.org/abc' });
	});

	it('reads costs in pounds, refuses nonsense amounts and capacities', () => {
		const paid = checkEvent({ ...goodEvent, cost: 'paid', amount: '£7.50', capacity: '30' });
		expect(paid.ok && paid.value.event).toMatchObject({ cost_pence: 750, capacity: 30 });
		const bad = checkEvent({ ...goodEvent, cost: 'paid', amount: 'seven', capacity: '0' });
		expect(bad.ok ? {} : bad.errors).toEqual({ amount: 'organise.errors.amountInvalid', capacity: 'organise.errors.capacityInvalid' });
	});

	it('refuses impossible dates, unknown zones, no language and a missing community', () => {
		const result = checkEvent({ ...goodEvent, date: '2026-02-30', timeZone: 'Bristol', languages: '', community: '' });
		expect(result.ok ? {} : result.errors).toEqual({
			date: 'organise.errors.dateInvalid',
			timeZone: 'organise.errors.timeZoneInvalid',
			languages: 'organise.errors.languagesMissing',
			community: 'organise.errors.communityMissing'
		});
	});

	it('round-trips through eventValues', () => {
		const result = checkEvent({ ...goodEvent, cost: 'paid', amount: '5', languages: 'en,cy' });
		if (!result.ok) throw new Error('expected a valid event');
		const values = eventValues(result.value.event, null);
		expect(values).toMatchObject({ date: '2026-07-02', start: '18:30', end: '20:30', amount: '5.00', 'fact.captions': 'yes', 'fact.creche': 'unknown' });
		expect(checkEvent(values)).toEqual({ ok: true, value: { event: result.value.event, joinUrl: null } });
	});
});

describe('checkVenue', () => {
	const goodVenue = { ...blankVenue(bristol), name: 'Easton Library', postcode: 'bs5 0sw', 'fact.hasLift': 'yes', 'stop0.name': 'Easton Way', 'stop0.mode': 'bus', 'stop0.lines': '48, 49 ,', 'stop0.walk': '3' };

	it('keeps filled stop rows, skips empty ones, and reads lines as a list', () => {
		const result = checkVenue(goodVenue);
		expect(result.ok && result.value).toMatchObject({
			postcode: 'BS5 0SW',
			access: { hasLift: 'yes' },
			stops: [{ name: 'Easton Way', mode: 'bus', lines: ['48', '49'], walkMinutes: 3 }],
			latitude: null
		});
	});

	it('counts a name in characters, as the database does', () => {
		expect(checkVenue({ ...goodVenue, name: '😀' })).toEqual({ ok: false, errors: { name: 'organise.errors.tooShort' } });
	});

	// wheelchair left out of the post gave 'Invalid key: Expected "wheelchair" but received undefined'.
	it('asks to choose a wheelchair grade when none was sent', () => {
		expect(checkVenue(without(goodVenue, 'wheelchair'))).toEqual({ ok: false, errors: { wheelchair: 'organise.errors.choose' } });
	});

	it('names problems in a stop row and with coordinates', () => {
		const result = checkVenue({ ...goodVenue, name: 'X', latitude: '51.45', 'stop1.lines': '72', 'stop1.mode': 'bus', 'stop0.walk': 'ten' });
		expect(result.ok ? {} : result.errors).toEqual({
			name: 'organise.errors.tooShort',
			longitude: 'organise.errors.bothCoordinates',
			'stop0.walk': 'organise.errors.walkInvalid',
			'stop1.name': 'organise.errors.required'
		});
	});

	it('round-trips through venueValues and shows one spare stop row', () => {
		const result = checkVenue(goodVenue);
		if (!result.ok) throw new Error('expected a valid venue');
		const values = venueValues(result.value);
		expect(stopRows(values)).toBe(3);
		expect(checkVenue(values)).toEqual(result);
	});

	it('shows between 3 and 5 stop rows', () => {
		expect(stopRows({})).toBe(3);
		expect(stopRows({ stopRows: '4' })).toBe(4);
		expect(stopRows({ stopRows: '99' })).toBe(5);
	});
});

describe('readForm', () => {
	it('keeps every field as typed and joins checkboxes', () => {
		const form = new FormData();
		form.append('title', ' Meetup ');
		form.append('languages', 'en');
		form.append('languages', 'cy');
		expect(readForm(form)).toEqual({ title: ' Meetup ', languages: 'en,cy' });
	});
});

describe('explainDbError', () => {
	it('puts check violations by their field', () => {
		expect(explainDbError({ code: '23514', message: 'new row for relation "events" violates check constraint "events_check"' })).toEqual({ end: 'organise.errors.endBeforeStart' });
		expect(explainDbError({ code: '23514', message: 'new row for relation "event_links" violates check constraint "event_links_join_url_check"' })).toEqual({ joinUrl: 'organise.errors.httpsOnly' });
		expect(explainDbError({ code: '23514', message: 'venue belongs to another community' })).toEqual({ venue: 'organise.errors.venueMissing' });
	});

	it('explains refusals by row-level security, and anything else plainly', () => {
		expect(explainDbError({ code: '42501', message: 'new row violates row-level security policy for table "events"' })).toEqual({ form: 'organise.errors.forbidden' });
		expect(explainDbError({ code: 'PGRST000', message: 'connection lost' })).toEqual({ form: 'organise.errors.saveFailed' });
	});
});
