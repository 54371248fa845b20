import { describe, expect, it } from 'vitest';
import { distanceKm, groupByDay, localDay, moreHref, placeEvents, readFilters, shownCount, type ListedEvent } from '$lib/events/filters';

const bristol = { latitude: 51.4545, longitude: -2.5879 };
const manchester = { latitude: 53.4808, longitude: -2.2426 };

function event(id: string, overrides: Partial<ListedEvent> = {}): ListedEvent {
	return {
		id,
		starts_at: '2027-03-10T18:30:00Z',
		ends_at: '2027-03-10T20:30:00Z',
		time_zone: 'Europe/London',
		format: 'in_person',
		access: {},
		venue: { ...bristol, access: { stepFreeEntrance: 'yes', hasInductionLoop: 'yes' } },
		...overrides
	};
}

describe('readFilters', () => {
	it('reads what the form sends and drops what it does not understand', () => {
		const filters = readFilters(
			new URLSearchParams('q= meetup &from=2027-03-01&to=bad&format=online&within=10&need=captions&need=nonsense&need=captions&lat=51.4&lng=-2.5&mine=1')
		);
		expect(filters).toMatchObject({ words: 'meetup', from: '2027-03-01', to: null, format: 'online', withinKm: 10, needs: ['captions'], myNeeds: true });
		expect(filters.latitude).toBe(51.4);
	});

	it('refuses coordinates out of range, and half a coordinate', () => {
		expect(readFilters(new URLSearchParams('lat=95&lng=0')).latitude).toBeNull();
		expect(readFilters(new URLSearchParams('lat=51')).latitude).toBeNull();
		expect(readFilters(new URLSearchParams('within=7')).withinKm).toBeNull();
	});
});

describe('distanceKm', () => {
	it('measures Bristol to Manchester at about 229 km', () => {
		expect(distanceKm(bristol, manchester)).toBeGreaterThan(225);
		expect(distanceKm(bristol, manchester)).toBeLessThan(235);
		expect(distanceKm(bristol, bristol)).toBe(0);
	});
});

describe('placeEvents', () => {
	const none = { from: null, to: null, withinKm: null };

	it('hides events that do not fit, keeps unconfirmed ones marked', () => {
		const stairs = event('stairs', { venue: { ...bristol, access: { stepFreeEntrance: 'no' } } });
		const unknown = event('unknown', { venue: { ...bristol, access: {} } });
		const placed = placeEvents([event('ok'), stairs, unknown], none, ['stepFreeEntrance'], null);
		expect(placed.map((p) => [p.event.id, p.match.fit])).toEqual([
			['ok', 'fits'],
			['unknown', 'not_confirmed']
		]);
	});

	it('keeps nearby events and online ones within a distance, drops far ones', () => {
		const far = event('far', { venue: { ...manchester, access: {} } });
		const online = event('online', { format: 'online', venue: null });
		const placed = placeEvents([event('near'), far, online], { ...none, withinKm: 10 }, [], bristol);
		expect(placed.map((p) => p.event.id)).toEqual(['near', 'online']);
		expect(placed[0].distanceKm).toBeLessThan(1);
		expect(placed[1].distanceKm).toBeNull();
	});

	it('cuts dates by the local day where the event happens', () => {
		// 23:30 UTC on 9 March is already 10 March in Tokyo.
		const late = event('late', { starts_at: '2027-03-09T23:30:00Z', time_zone: 'Asia/Tokyo' });
		expect(localDay(late)).toBe('2027-03-10');
		const placed = placeEvents([late, event('london')], { ...none, from: '2027-03-10', to: '2027-03-10' }, [], null);
		expect(placed.map((p) => p.event.id)).toEqual(['late', 'london']);
		expect(placeEvents([late], { ...none, to: '2027-03-09' }, [], null)).toEqual([]);
	});
});

describe('groupByDay', () => {
	it('groups in order by local day', () => {
		const items = [event('a'), event('b'), event('c', { starts_at: '2027-03-11T09:00:00Z' })].map((e) => ({ event: e }));
		expect(groupByDay(items).map((d) => [d.day, d.events.length])).toEqual([
			['2027-03-10', 2],
			['2027-03-11', 1]
		]);
	});
});

describe('how many events the list shows', () => {
	it('shows 20 at first, more in steps of 20 when asked, never past 200', () => {
		const shown = (query: string) => shownCount(new URLSearchParams(query));
		expect(shown('')).toBe(20);
		expect(shown('shown=40')).toBe(40);
		expect(shown('shown=41')).toBe(60);
		expect(shown('shown=5')).toBe(20);
		expect(shown('shown=-40')).toBe(20);
		expect(shown('shown=abc')).toBe(20);
		expect(shown('shown=100000')).toBe(200);
	});

	it('links to 20 more with the same filters, at the first new event', () => {
		const url = new URL('https://hearth.example/events?near=Bristol&within=10&shown=20');
		expect(moreHref(url, 20, 'e1')).toBe('/events?near=Bristol&within=10&shown=40#event-e1');
	});
});
