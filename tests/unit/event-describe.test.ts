import { describe, expect, it } from 'vitest';
import { calendarEvent, directionsUrl, groupedFacts, involvesSentences, venueLine, yesChips } from '$lib/events/describe';
import { eventRow as event, venue } from '../support/events';

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
