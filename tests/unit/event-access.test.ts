import { describe, expect, it } from 'vitest';
import { combinedFacts, isNeed, matchNeeds, unknownFacts, venueFacts } from '$lib/events/access';

const library = combinedFacts(
	{ stepFreeEntrance: 'yes', hasLift: 'yes', hasInductionLoop: 'yes', quietRoom: 'no' },
	{ captions: 'no', publicSpeaking: 'no', quietRoom: 'yes' }
);

describe('combinedFacts', () => {
	it('lets the event add to or correct the venue, but not with "unknown"', () => {
		expect(library.quietRoom).toBe('yes');
		const merged = combinedFacts({ hasInductionLoop: 'yes' }, { hasInductionLoop: 'unknown' } as never);
		expect(merged.hasInductionLoop).toBe('yes');
	});

	it('treats anything but yes or no as unknown', () => {
		expect(combinedFacts({ seating: 'maybe' as never }, null).seating).toBe('unknown');
	});
});

describe('matchNeeds', () => {
	it('fits when every need is confirmed', () => {
		expect(matchNeeds(library, 'in_person', ['stepFreeEntrance', 'hasInductionLoop', 'publicSpeaking']).fit).toBe('fits');
	});

	it('never counts an unknown fact as a match', () => {
		const match = matchNeeds(library, 'in_person', ['stepFreeEntrance', 'changingPlaces']);
		expect(match.fit).toBe('not_confirmed');
		expect(match.unconfirmed).toEqual(['changingPlaces']);
	});

	it('does not fit when a need is answered no, even if others are unknown', () => {
		const match = matchNeeds(library, 'in_person', ['captions', 'changingPlaces']);
		expect(match.fit).toBe('does_not_fit');
		expect(match.unmet).toEqual(['captions']);
		expect(match.unconfirmed).toEqual(['changingPlaces']);
	});

	it('reads "involves" facts the other way round: a need to avoid speaking wants "no"', () => {
		const speaking = combinedFacts(null, { publicSpeaking: 'yes' });
		expect(matchNeeds(speaking, 'in_person', ['publicSpeaking']).fit).toBe('does_not_fit');
	});

	it('meets place needs online, and by joining online at a hybrid event', () => {
		const stairs = combinedFacts({ stepFreeEntrance: 'no' }, { captions: 'yes' });
		expect(matchNeeds(stairs, 'online', ['stepFreeEntrance', 'captions']).fit).toBe('fits');
		const hybrid = matchNeeds(stairs, 'hybrid', ['stepFreeEntrance']);
		expect(hybrid.fit).toBe('fits');
		expect(hybrid.onlineInstead).toEqual(['stepFreeEntrance']);
		expect(matchNeeds(stairs, 'in_person', ['stepFreeEntrance']).fit).toBe('does_not_fit');
	});

	it('fits anyone who asks for nothing', () => {
		expect(matchNeeds({}, 'in_person', []).fit).toBe('fits');
	});
});

describe('unknownFacts and isNeed', () => {
	it('lists what is left unknown, without place facts for online events', () => {
		const online = unknownFacts(combinedFacts(null, { captions: 'yes' }), 'online');
		expect(online).not.toContain('captions');
		expect(online).not.toContain('stepFreeEntrance');
		expect(unknownFacts({}, 'in_person')).toEqual(expect.arrayContaining([...venueFacts]));
	});

	it('knows need keys and nothing else', () => {
		expect(isNeed('hasInductionLoop')).toBe(true);
		expect(isNeed('toString')).toBe(false);
		expect(isNeed(42)).toBe(false);
	});
});
