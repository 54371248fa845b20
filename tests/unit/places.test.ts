import { describe, expect, it } from 'vitest';
import { findPlace } from '$lib/server/places';
import { closestNames, editDistance, normalisePlace } from '$lib/places/match';

describe('findPlace', () => {
	it('finds towns whatever the case and spacing', () => {
		const bristol = findPlace('  bristol ');
		expect(bristol.found?.name).toBe('Bristol');
		expect(bristol.found?.latitude).toBeCloseTo(51.455, 1);
		expect(findPlace('Newcastle upon Tyne').found?.name).toBe('Newcastle upon Tyne');
	});

	it('places a full postcode or a district by its postcode area, no more precisely', () => {
		const full = findPlace('bs5 6hg');
		expect(full.found).toMatchObject({ name: 'BS5', precision: 'postcode_area', near: 'Bristol' });
		expect(findPlace('M4').found).toMatchObject({ near: 'Manchester' });
		expect(findPlace('CF10 1AA').found?.near).toBe('Cardiff');
	});

	it('suggests close spellings when a place is not found', () => {
		const typo = findPlace('Manchestr');
		expect(typo.found).toBeNull();
		expect('suggestions' in typo && typo.suggestions).toContain('Manchester');
		const nothing = findPlace('zzzzzzzzzz');
		expect('suggestions' in nothing && nothing.suggestions).toEqual([]);
	});
});

describe('place matching', () => {
	it('normalises accents and punctuation', () => {
		expect(normalisePlace("Bryn-y-Maen, Llandudno's")).toBe('bryn y maen llandudno s');
		expect(normalisePlace('Ystradgynlais')).toBe('ystradgynlais');
	});

	it('measures edit distance and stops early', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
	});

	it('ranks prefixes and near misses', () => {
		expect(closestNames('bristo', ['brixton', 'preston', 'bristol'], 3)).toEqual(['bristol', 'brixton']);
		expect(closestNames('', ['bristol'], 3)).toEqual([]);
	});
});
