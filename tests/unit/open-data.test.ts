// The open data mappings, each document checked against the real schema it claims
// (tests/standards/): Murmurations, Open Referral UK (HSDS 3.0), schema.org, CSV.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsCsv, organisationsJson } from '$lib/opendata/downloads';
import { feedIndex } from '$lib/opendata/feeds';
import * as hsds from '$lib/opendata/hsds';
import { organisationJsonLd } from '$lib/opendata/jsonld';
import { checkMapForm } from '$lib/opendata/map-form';
import { murmurationsProfile } from '$lib/opendata/murmurations';
import type { OpenOrganisation } from '$lib/opendata/organisations';
import { readPublishForm } from '$lib/opendata/publish';
import { register } from '$lib/opendata/register.server';
import type { CommunityMap } from '$lib/opendata/queries';
import { hsdsPageValidator, hsdsValidator, murmurationsValidator, problems } from '../standards/validate';

const origin = 'https://hearth.example';
const org: OpenOrganisation = {
	id: '0b8f6a52-9a3e-4c55-8c1e-2d4c1f6a7b90',
	community_slug: 'bristol-community-tech',
	community_name: 'Bristol Community Tech',
	licence: 'CC-BY-SA-4.0',
	name: 'Easton Community Centre',
	summary: 'Free drop-in digital help, printers and computers to use, and a warm space.',
	topics: ['digital-inclusion', 'older-people'],
	skills: ['training', 'lending-equipment'],
	languages: ['en', 'so', 'ar'],
	modes: ['in_person', 'phone'],
	availability: 'Monday to Friday, 10am to 4pm',
	area: 'Easton',
	address: 'Kilburn Street, Easton, Bristol',
	latitude: 51.4619,
	longitude: -2.5654,
	email: null,
	link: 'https://example.org/easton-community-centre',
	updated_at: '2026-12-01T10:00:00+00:00'
};
const placedByTown: OpenOrganisation = { ...org, id: '7d0f1f0e-3b8e-4c63-9d8a-0d9f3c2b1a00', address: '', area: '', latitude: null, longitude: null, link: null, email: 'hello@example.org', topics: [], skills: [] };
const labels = { topics: { 'digital-inclusion': 'Getting online', 'older-people': 'Older people' }, skills: { training: 'Teaching and training' } };
const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

describe('Murmurations profiles', () => {
	const validate = murmurationsValidator();

	it('are valid against organizations_schema-v1.0.0, with what the organisation published', () => {
		const profile = murmurationsProfile(org, origin);
		expect(validate(profile), problems(validate).join('; ')).toBe(true);
		expect(profile).toMatchObject({
			linked_schemas: ['organizations_schema-v1.0.0'],
			name: org.name,
			primary_url: org.link,
			description: org.summary,
			tags: ['digital inclusion', 'older people', 'training', 'lending equipment'],
			locality: 'Easton',
			country_iso_3166: 'GB',
			contact_details: { contact_form: org.link },
			geolocation: { lat: 51.4619, lon: -2.5654 }
		});
	});

	it('name the Hearth page when there is no website, and give no place nobody gave exactly', () => {
		const profile = murmurationsProfile(placedByTown, origin);
		expect(validate(profile), problems(validate).join('; ')).toBe(true);
		expect(profile.primary_url).toBe(`${origin}/near-me/${placedByTown.id}`);
		expect(profile).not.toHaveProperty('geolocation');
		expect(profile).not.toHaveProperty('tags');
		expect(profile).not.toHaveProperty('locality');
		expect(profile.contact_details).toEqual({ email: 'hello@example.org' });
	});

	it('the validator can fail: a profile without linked_schemas, a bad country or a tag list with repeats is refused', () => {
		const { linked_schemas: _gone, ...noSchemas } = murmurationsProfile(org, origin);
		expect(validate(noSchemas)).toBe(false);
		expect(validate({ ...murmurationsProfile(org, origin), country_iso_3166: 'UK' })).toBe(false);
		expect(validate({ ...murmurationsProfile(org, origin), tags: ['a', 'a'] })).toBe(false);
		expect(validate({ ...murmurationsProfile(org, origin), geolocation: { lat: 91, lon: 0 } })).toBe(false);
	});
});

describe('Open Referral UK (HSDS 3.0)', () => {
	it('a service as /services/{id} gives it is valid, with its topics as terms and its languages', () => {
		const validate = hsdsValidator('service.json');
		const service = hsds.service(org, labels, origin, languageName);
		expect(validate(service), problems(validate).join('; ')).toBe(true);
		expect(service.organization_id).toBe(org.id);
		expect(service.languages.map((l) => l.code)).toEqual(['en', 'so', 'ar']);
		expect(service.languages[1].name).toBe('Somali');
		expect(service.attributes.map((a) => a.taxonomy_term.code)).toEqual(['digital-inclusion', 'older-people', 'training', 'lending-equipment']);
		expect(service.attributes[0].taxonomy_term.name).toBe('Getting online');
		expect(validate({ ...service, status: 'open' })).toBe(false);
		expect(validate({ ...service, id: 'not-a-uuid' })).toBe(false);
		// Nested documents are checked against their own schemas too.
		expect(validate({ ...service, languages: [{ id: 'not-a-uuid' }] })).toBe(false);
		expect(validate({ ...service, organization: { id: org.id } })).toBe(false);
	});

	it('list items and organisations are valid against the compiled list schemas and organization.json', () => {
		const listed = hsdsValidator('compiled/service_list.json');
		const item = hsds.serviceListed(org, origin);
		expect(listed(item), problems(listed).join('; ')).toBe(true);
		const organizations = hsdsValidator('compiled/organization_list.json');
		expect(organizations(hsds.organization(placedByTown, origin)), problems(organizations).join('; ')).toBe(true);
		const full = hsdsValidator('organization.json');
		expect(full(hsds.organizationFull(org, labels, origin, languageName)), problems(full).join('; ')).toBe(true);
		expect(organizations({ id: org.id, name: org.name })).toBe(false);
	});

	it('taxonomies and their terms are valid, every id a stable UUID', () => {
		const taxonomy = hsdsValidator('taxonomy.json');
		const term = hsdsValidator('taxonomy_term.json');
		for (const t of hsds.taxonomies(origin)) expect(taxonomy(t), problems(taxonomy).join('; ')).toBe(true);
		const terms = hsds.taxonomyTerms(labels, origin);
		for (const t of terms) expect(term(t), problems(term).join('; ')).toBe(true);
		expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
		expect(hsds.stableId('x')).toBe(hsds.stableId('x'));
		expect(hsds.stableId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('pages are HSDS pages, however many there are', () => {
		const validate = hsdsPageValidator();
		const page = hsds.paginated([1, 2], 7, { page: 2, size: 2 });
		expect(validate(page), problems(validate).join('; ')).toBe(true);
		expect(page).toEqual({ total_items: 7, total_pages: 4, page_number: 2, size: 2, first_page: false, last_page: false, empty: false, contents: [1, 2] });
		expect(hsds.paginated([], 0, { page: 1, size: 50 })).toMatchObject({ total_pages: 1, first_page: true, last_page: true, empty: true });
		expect(hsds.pageOf([1, 2, 3], { page: 2, size: 2 })).toMatchObject({ contents: [3], last_page: true });
	});

	it('reads page and per_page, and says what is wrong with anything else', () => {
		const read = (q: string) => hsds.readPaging(new URLSearchParams(q));
		expect(read('')).toEqual({ page: 1, size: 50 });
		expect(read('page=3&per_page=10')).toEqual({ page: 3, size: 10 });
		expect(read('size=5')).toEqual({ page: 1, size: 5 });
		for (const bad of ['page=0', 'page=-1', 'page=abc', 'page=1.5', 'page=99999999999', 'per_page=0', 'per_page=101', 'per_page=x', 'page=']) {
			expect(read(bad), bad).toHaveProperty('error');
		}
	});
});

describe('downloads and the page JSON-LD', () => {
	it('CSV cells a spreadsheet would run are plain text; coordinates stay numbers', () => {
		const evil = { ...org, name: '=HYPERLINK("https://evil.example")', summary: '+SUM(1)', area: '@cmd', availability: '\tTab', address: '-1+1' };
		const [header, row] = organisationsCsv([evil], origin).split('\r\n');
		expect(header.split(',')[0]).toBe('id');
		expect(row).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
		expect(row).toContain("'+SUM(1)");
		expect(row).toContain("'@cmd");
		expect(row).toContain("'\tTab");
		expect(row).toContain("'-1+1");
		expect(row).toContain(',51.4619,-2.5654,');
		expect(row).toContain('CC-BY-SA-4.0');
	});

	it('JSON names each organisation’s licence and community', () => {
		const [one] = organisationsJson([org], origin);
		expect(one.licence).toEqual({ id: 'CC-BY-SA-4.0', name: 'Creative Commons Attribution-ShareAlike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
		expect(one.community.page).toBe(`${origin}/open-data/bristol-community-tech`);
	});

	it('schema.org Organization, geo only at an exact address', () => {
		const ld = organisationJsonLd(org, origin);
		expect(ld).toMatchObject({ '@type': 'Organization', name: org.name, url: org.link, geo: { latitude: 51.4619, longitude: -2.5654 } });
		expect(organisationJsonLd(placedByTown, origin)).not.toHaveProperty('geo');
	});
});

describe('the feed index and the forms', () => {
	const map: CommunityMap = { id: 'x', slug: 'bristol-community-tech', name: 'Bristol', map_licence: 'ODbL-1.0', map_includes: '', map_decided_by: '', map_corrections: '' };

	it('lists every feed with its licence, a community’s events among them', () => {
		const index = feedIndex([map], origin);
		const urls = index.feeds.map((f) => f.url);
		expect(urls).toContain(`${origin}/open-data/bristol-community-tech/events.jsonld`);
		expect(urls).toContain(`${origin}/openreferral`);
		expect(urls).toContain(`${origin}/open-data/organisations.csv`);
		for (const feed of index.feeds) expect(feed.licences.map((l) => l.id)).toEqual(['ODbL-1.0']);
	});

	it('the map form takes the known licences and a contact that is an email or an https page', () => {
		const form = { licence: 'CC0-1.0', includes: ' Groups in Bristol ', decidedBy: '', corrections: 'map@example.org' };
		expect(checkMapForm(form)).toEqual({ ok: true, row: { map_licence: 'CC0-1.0', map_includes: 'Groups in Bristol', map_decided_by: '', map_corrections: 'map@example.org' } });
		expect(checkMapForm({ ...form, licence: 'MIT' })).toMatchObject({ ok: false, errors: { licence: 'opendata.errors.chooseLicence' } });
		expect(checkMapForm({ ...form, corrections: 'http://example.org' })).toMatchObject({ ok: false, errors: { corrections: 'opendata.errors.correctionsInvalid' } });
		expect(checkMapForm({ ...form, includes: 'x'.repeat(1001) })).toMatchObject({ ok: false, errors: { includes: 'opendata.errors.includesTooLong' } });
	});

	it('the publish form is refused when tampered with', () => {
		const form = (fields: Record<string, string>) => Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());
		expect(readPublishForm(form({ helper: org.id, published: 'true' }))).toEqual({ helper: org.id, published: true, community: undefined });
		expect(readPublishForm(form({ helper: 'nope', published: 'true' }))).toBeNull();
		expect(readPublishForm(form({ helper: org.id, published: 'yes' }))).toBeNull();
	});
});

describe('registering with a Murmurations index', () => {
	// A stand-in for the index's two endpoints: validate refuses a profile with no name.
	let server: Server;
	let base = '';
	const seen: { path: string; body: Record<string, unknown> }[] = [];
	beforeAll(async () => {
		server = createServer(async (request, response) => {
			let text = '';
			for await (const chunk of request) text += chunk;
			const body = JSON.parse(text) as Record<string, unknown>;
			seen.push({ path: request.url ?? '', body });
			response.setHeader('content-type', 'application/json');
			if (request.url === '/v2/validate' && !body.name) {
				response.statusCode = 400;
				return response.end(JSON.stringify({ errors: [{ status: 400, title: 'Missing Required Property', detail: 'The `name` property is required.' }] }));
			}
			if (request.url === '/v2/nodes' && String(body.profile_url).includes('refuse')) {
				response.statusCode = 500;
				return response.end('{}');
			}
			response.end(JSON.stringify({ data: request.url === '/v2/nodes' ? { profile_url: body.profile_url, status: 'received' } : {} }));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('validates the profile, then posts its URL, and says what the index said', async () => {
		const profile = murmurationsProfile(org, origin);
		expect(await register(base, profile, `${origin}/p.json`)).toEqual({ kind: 'registered', status: 'received' });
		expect(seen.slice(-2)).toEqual([
			{ path: '/v2/validate', body: profile },
			{ path: '/v2/nodes', body: { profile_url: `${origin}/p.json` } }
		]);
		expect(await register(base, { ...profile, name: '' }, `${origin}/p.json`)).toEqual({ kind: 'invalid', problems: ['Missing Required Property: The `name` property is required.'] });
		expect(await register(base, profile, `${origin}/refuse.json`)).toEqual({ kind: 'refused', status: 500 });
		expect(await register('http://127.0.0.1:1', profile, `${origin}/p.json`)).toEqual({ kind: 'unreachable' });
	});
});
