// The optional online geocoder, against a local HTTP server that answers as postcodes.io
// does (its documented shapes: { status, result } and 404 { status, error }): this machine,
// like a user's own install, cannot reach the real one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookUpPlace } from '$lib/server/places';
import { postcodeLookup } from '$lib/server/places/postcode-lookup';

// The server's environment, as the places module reads it.
const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock('$env/dynamic/private', () => ({ env }));

const postcodes: Record<string, object> = {
	'BS5 6HG': { postcode: 'BS5 6HG', outcode: 'BS5', latitude: 51.463218, longitude: -2.560631, admin_district: 'Bristol, City of' }
};
const outcodes: Record<string, object> = {
	BS5: { outcode: 'BS5', latitude: 51.4623, longitude: -2.5497, admin_district: ['Bristol, City of', 'South Gloucestershire'] },
	// A non-geographic district: postcodes.io gives no coordinates.
	BX1: { outcode: 'BX1', latitude: null, longitude: null, admin_district: [] }
};

let server: Server;
let base = '';
let asked: string[] = [];
let broken = false;

beforeAll(async () => {
	server = createServer((request, response) => {
		const path = decodeURIComponent(request.url ?? '');
		asked.push(path);
		if (broken) return void response.writeHead(503).end('down for maintenance');
		const [, kind, key] = path.split('/');
		const result = (kind === 'postcodes' ? postcodes : kind === 'outcodes' ? outcodes : {})[key];
		response.writeHead(result ? 200 : 404, { 'content-type': 'application/json' });
		response.end(JSON.stringify(result ? { status: 200, result } : { status: 404, error: 'Postcode not found' }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
	asked = [];
	broken = false;
});

describe('postcodeLookup', () => {
	it('places a full postcode at its centroid, named only by its district', async () => {
		const place = await postcodeLookup(base)(' bs5 6hg ');
		expect(place).toEqual({ name: 'BS5', latitude: 51.4632, longitude: -2.5606, precision: 'postcode', near: 'Bristol, City of' });
		expect(asked).toEqual(['/postcodes/BS5 6HG']);
	});

	it('places a district at its centre', async () => {
		expect(await postcodeLookup(base)('BS5')).toMatchObject({ name: 'BS5', latitude: 51.4623, precision: 'postcode_district', near: 'Bristol, City of' });
	});

	it('gives nothing for towns, unknown postcodes and districts without coordinates', async () => {
		const lookUp = postcodeLookup(base);
		expect(await lookUp('Bristol')).toBeNull();
		expect(asked).toEqual([]);
		expect(await lookUp('BS5 9ZZ')).toBeNull();
		expect(await lookUp('BX1')).toBeNull();
	});

	it('remembers answers, but asks again after a failure', async () => {
		const lookUp = postcodeLookup(base);
		broken = true;
		expect(await lookUp('BS5')).toBeNull();
		broken = false;
		expect(await lookUp('BS5')).not.toBeNull();
		expect(await lookUp('BS5')).not.toBeNull();
		expect(asked).toEqual(['/outcodes/BS5', '/outcodes/BS5']);
	});

	it('gives up quickly on a geocoder that does not answer', async () => {
		const silent = createServer(() => {});
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		try {
			const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
			expect(await postcodeLookup(url, fetch, 200)('BS5')).toBeNull();
		} finally {
			silent.closeAllConnections();
			silent.close();
		}
	});
});

describe('lookUpPlace', () => {
	it('uses the gazetteer alone unless POSTCODE_API_URL is set, then the geocoder for postcodes', async () => {
		delete env.POSTCODE_API_URL;
		expect((await lookUpPlace('BS5 6HG')).found).toMatchObject({ name: 'BS5', precision: 'postcode_area' });
		expect(asked).toEqual([]);
		env.POSTCODE_API_URL = base;
		try {
			expect((await lookUpPlace('BS5 6HG')).found).toMatchObject({ name: 'BS5', precision: 'postcode', latitude: 51.4632 });
			expect((await lookUpPlace('Bristol')).found).toMatchObject({ precision: 'town' });
			broken = true;
			expect((await lookUpPlace('BS5')).found).toMatchObject({ precision: 'postcode_area', near: 'Bristol' });
		} finally {
			delete env.POSTCODE_API_URL;
		}
	});
});
