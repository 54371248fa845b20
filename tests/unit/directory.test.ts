import { describe, expect, it } from 'vitest';
import { mapPoints } from '$lib/directory/map';
import { checkOffer, readOfferForm, type Lookup } from '$lib/directory/offer';
import { pageHref, readSearch } from '$lib/directory/search';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

const find: Lookup = (text) =>
	text.toUpperCase() === 'BS5'
		? { found: { name: 'BS5', latitude: 51.4552, longitude: -2.5966, precision: 'postcode_area', near: 'Bristol' } }
		: { found: null, suggestions: ['Bristol'] };

describe('near-me search from the URL', () => {
	it('keeps known choices, rounds the browser location to 2 decimals, defaults to 10 km', () => {
		const search = readSearch(new URLSearchParams('near=+BS5+&lat=51.45678&lng=-2.59123&topic=digital-inclusion&topic=nope&language=cy&mode=phone&page=2'));
		expect(search).toEqual({
			near: 'BS5',
			latitude: 51.46,
			longitude: -2.59,
			withinKm: 10,
			topics: ['digital-inclusion'],
			skills: [],
			languages: ['cy'],
			modes: ['phone'],
			words: '',
			page: 2
		});
	});

	// /near-me?q=%00 was a 500: the database cannot take NUL in the search words.
	it('cleans the words and the place of control characters', () => {
		expect(readSearch(new URLSearchParams('q=phone%00s%1B&near=Bristol%00'))).toMatchObject({ words: 'phones', near: 'Bristol' });
	});

	it('drops half a location, odd distances and pages', () => {
		const search = readSearch(new URLSearchParams('lat=51.4&within=7&page=-3'));
		expect([search.latitude, search.longitude, search.withinKm, search.page]).toEqual([null, null, 10, 1]);
		expect(readSearch(new URLSearchParams('within=25')).withinKm).toBe(25);
	});

	it('links to another page of the same search', () => {
		const url = new URL('http://x/near-me?near=BS5&page=3');
		expect(pageHref(url, 4)).toBe('/near-me?near=BS5&page=4');
		expect(pageHref(url, 1)).toBe('/near-me?near=BS5');
	});
});

describe('offer help form', () => {
	const good: [string, string][] = [
		['display_name', ' Rhian '],
		['summary', 'I help people with phones and tablets.'],
		['topic', 'digital-inclusion'],
		['topic', 'made-up'],
		['language', 'cy'],
		['mode', 'in_person'],
		['area', 'bs5'],
		['contact_channel', 'email'],
		['contact_value', 'rhian@example.org']
	];

	it('turns the area into a coarse point and keeps only known choices', () => {
		const checked = checkOffer(readOfferForm(form(good)), find);
		expect(checked).toEqual({
			ok: true,
			row: {
				display_name: 'Rhian',
				summary: 'I help people with phones and tablets.',
				topics: ['digital-inclusion'],
				skills: [],
				languages: ['cy'],
				modes: ['in_person'],
				availability: '',
				area: 'BS5',
				latitude: 51.4552,
				longitude: -2.5966
			},
			contact: { channel: 'email', value: 'rhian@example.org' }
		});
	});

	it('says what is wrong, by field', () => {
		const checked = checkOffer(readOfferForm(form([['display_name', 'R'], ['mode', 'in_person'], ['contact_channel', 'phone'], ['contact_value', 'call me']])), find);
		expect(checked).toEqual({
			ok: false,
			suggestions: [],
			errors: {
				display_name: 'directory.errors.nameMissing',
				summary: 'directory.errors.summaryShort',
				languages: 'directory.errors.languagesMissing',
				area: 'directory.errors.areaNeeded',
				contact_value: 'directory.errors.phoneInvalid'
			}
		});
	});

	// display_name '😀' (or a summary of five emoji) passed the form and the database refused it: a 500.
	it('counts minimum lengths in characters, as the database does', () => {
		const typed = readOfferForm(form(good));
		expect(checkOffer({ ...typed, display_name: '😀' }, find)).toMatchObject({ ok: false, errors: { display_name: 'directory.errors.nameMissing' } });
		expect(checkOffer({ ...typed, summary: '😀😀😀😀😀' }, find)).toMatchObject({ ok: false, errors: { summary: 'directory.errors.summaryShort' } });
		expect(checkOffer({ ...typed, contact_channel: 'other', contact_value: '😀a' }, find)).toMatchObject({ ok: false, errors: { contact_value: 'directory.errors.contactMissing' } });
	});

	it('suggests places it knows, and checks links and channels', () => {
		const typed = readOfferForm(form(good));
		expect(checkOffer({ ...typed, area: 'Bristle' }, find)).toMatchObject({ ok: false, errors: { area: 'directory.errors.areaUnknown' }, suggestions: ['Bristol'] });
		expect(checkOffer({ ...typed, contact_channel: 'link', contact_value: 'http://x.org' }, find)).toMatchObject({
			errors: { contact_value: 'directory.errors.linkInvalid' }
		});
		expect(checkOffer({ ...typed, contact_channel: 'fax' }, find)).toMatchObject({ errors: { contact_channel: 'directory.errors.channelMissing' } });
		expect(checkOffer({ ...typed, modes: ['online'], area: '' }, find)).toMatchObject({ ok: true, row: { latitude: null, area: '' } });
	});
});

describe('map points', () => {
	it('puts people shown at the same point on one marker, and leaves out those with no place', () => {
		const h = (id: string, latitude: number | null, shown_as: 'cell' | 'area' | null = 'cell') => ({
			id,
			display_name: id.toUpperCase(),
			latitude,
			longitude: latitude === null ? null : -2.5,
			shown_as
		});
		expect(mapPoints([h('a', 51.4), h('b', 51.4), h('c', 51.5, 'area'), h('d', null, null)])).toEqual([
			{ latitude: 51.4, longitude: -2.5, shown_as: 'cell', helpers: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
			{ latitude: 51.5, longitude: -2.5, shown_as: 'area', helpers: [{ id: 'c', name: 'C' }] }
		]);
	});
});
