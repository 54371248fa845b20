import { describe, expect, it } from 'vitest';
import { clusterer } from '$lib/directory/clusters';
import { mapOpen, mapPoints, withMapOpen } from '$lib/directory/map';
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
		: text.toUpperCase() === 'BS5 6HG'
			? { found: { name: 'BS5', latitude: 51.4632, longitude: -2.5606, precision: 'postcode', near: 'Bristol, City of' } }
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

	it('turns the area into a coarse point and keeps only known choices', async () => {
		const checked = await checkOffer(readOfferForm(form(good)), 'member', find);
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
				address: '',
				area: 'BS5',
				latitude: 51.4552,
				longitude: -2.5966,
				exact_point: false
			},
			contact: { channel: 'email', value: 'rhian@example.org' }
		});
	});

	it('says what is wrong, by field', async () => {
		const checked = await checkOffer(readOfferForm(form([['display_name', 'R'], ['mode', 'in_person'], ['contact_channel', 'phone'], ['contact_value', 'call me']])), 'member', find);
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
	it('counts minimum lengths in characters, as the database does', async () => {
		const typed = readOfferForm(form(good));
		expect(await checkOffer({ ...typed, display_name: '😀' }, 'member', find)).toMatchObject({ ok: false, errors: { display_name: 'directory.errors.nameMissing' } });
		expect(await checkOffer({ ...typed, summary: '😀😀😀😀😀' }, 'member', find)).toMatchObject({ ok: false, errors: { summary: 'directory.errors.summaryShort' } });
		expect(await checkOffer({ ...typed, contact_channel: 'other', contact_value: '😀a' }, 'member', find)).toMatchObject({
			ok: false,
			errors: { contact_value: 'directory.errors.contactMissing' }
		});
	});

	it('suggests places it knows, and checks links and channels', async () => {
		const typed = readOfferForm(form(good));
		expect(await checkOffer({ ...typed, area: 'Bristle' }, 'member', find)).toMatchObject({ ok: false, errors: { area: 'directory.errors.areaUnknown' }, suggestions: ['Bristol'] });
		expect(await checkOffer({ ...typed, contact_channel: 'link', contact_value: 'http://x.org' }, 'member', find)).toMatchObject({
			errors: { contact_value: 'directory.errors.linkInvalid' }
		});
		expect(await checkOffer({ ...typed, contact_channel: 'fax' }, 'member', find)).toMatchObject({ errors: { contact_channel: 'directory.errors.channelMissing' } });
		expect(await checkOffer({ ...typed, modes: ['online'], area: '' }, 'member', find)).toMatchObject({ ok: true, row: { latitude: null, area: '' } });
	});

	it('shows an organisation exactly only when placed by a full postcode, and a person never', async () => {
		const typed = { ...readOfferForm(form(good)), address: ' Kilburn Street, Easton ' };
		expect(await checkOffer({ ...typed, area: 'BS5 6HG' }, 'organisation', find)).toMatchObject({
			ok: true,
			row: { address: 'Kilburn Street, Easton', area: 'BS5', latitude: 51.4632, exact_point: true }
		});
		expect(await checkOffer(typed, 'organisation', find)).toMatchObject({ ok: true, row: { area: 'BS5', exact_point: false } });
		// A person's listing has no public address, even if one is posted.
		expect(await checkOffer({ ...typed, area: 'BS5 6HG' }, 'member', find)).toMatchObject({ ok: true, row: { address: '', exact_point: false } });
		expect(await checkOffer({ ...typed, address: 'x'.repeat(201) }, 'organisation', find)).toMatchObject({
			ok: false,
			errors: { address: 'directory.errors.addressTooLong' }
		});
		expect(await checkOffer({ ...typed, address: 'x'.repeat(201) }, 'member', find)).toMatchObject({ ok: true });
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

describe('map in the address', () => {
	it('opens for ?map=open and keeps the rest of the search', () => {
		const search = new URL('http://localhost/near-me?near=BS5&topic=dementia&page=2');
		expect(mapOpen(search)).toBe(false);
		expect(mapOpen(new URL('http://localhost/near-me?map=closed'))).toBe(false);
		const open = withMapOpen(search);
		expect(mapOpen(open)).toBe(true);
		expect(open.search).toBe('?near=BS5&topic=dementia&page=2&map=open');
		expect(search.search).not.toContain('map');
	});
});

describe('map clusters', () => {
	const at = (latitude: number, longitude: number, names: string[]) => ({
		latitude,
		longitude,
		shown_as: 'area' as const,
		helpers: names.map((name) => ({ id: name, name }))
	});
	// Easton and St Pauls are ~2 km apart in Bristol; Manchester is 230 km away.
	const points = [at(51.4634, -2.5652, ['Rhian', 'Yusuf']), at(51.4627, -2.5841, ['Amina']), at(53.4808, -2.2374, ['Farah'])];
	const uk: [number, number, number, number] = [-8, 49, 2, 59];

	it('groups close points into one cluster that counts everyone in it, when zoomed out', () => {
		const markers = clusterer(points)(uk, 6);
		expect(markers).toHaveLength(2);
		const bristol = markers.find((m) => m.kind === 'cluster');
		expect(bristol).toMatchObject({ kind: 'cluster', count: 3 });
		expect(bristol!.kind === 'cluster' && bristol!.zoomTo).toBeGreaterThan(6);
		expect(markers.find((m) => m.kind === 'point')).toMatchObject({ point: { helpers: [{ name: 'Farah' }] } });
	});

	it('shows each point on its own when zoomed in, and only what is in view', () => {
		const markers = clusterer(points)([-2.7, 51.4, -2.4, 51.5], 15);
		expect(markers.map((m) => m.kind)).toEqual(['point', 'point']);
		expect(new Set(markers.map((m) => m.key)).size).toBe(2);
	});
});
