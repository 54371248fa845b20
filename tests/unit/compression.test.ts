import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compress } from '$lib/server/compression';

const page = '<!doctype html><p>' + 'Who near me can help? '.repeat(200) + '</p>';
const html = () => new Response(page, { headers: { 'content-type': 'text/html', 'content-length': String(page.length) } });

describe('chooseEncoding', () => {
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
		expect(chooseEncoding('*')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('gzip;q=0, br; q=0.0')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});

describe('compress', () => {
	it('sends a page in brotli or gzip that decodes to the same text', async () => {
		const br = compress(html(), 'gzip, br');
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('content-length')).toBeNull();
		expect(br.headers.get('vary')).toContain('accept-encoding');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(brBytes.length).toBeLessThan(page.length / 4);
		expect(brotliDecompressSync(brBytes).toString()).toBe(page);

		const gzip = compress(html(), 'gzip');
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(page);
	});

	it('keeps the status and the other headers', async () => {
		const response = compress(new Response('{"a":1}', { status: 404, headers: { 'content-type': 'application/json', 'x-test': 'kept' } }), 'gzip');
		expect(response.status).toBe(404);
		expect(response.headers.get('x-test')).toBe('kept');
		expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe('{"a":1}');
	});

	it('leaves alone what is not text, already encoded, empty, or not accepted', () => {
		const png = new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } });
		expect(compress(png, 'br')).toBe(png);
		const encoded = new Response('x', { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' } });
		expect(compress(encoded, 'br')).toBe(encoded);
		const empty = new Response(null, { status: 304, headers: { 'content-type': 'text/html' } });
		expect(compress(empty, 'br')).toBe(empty);
		const plain = html();
		expect(compress(plain, null)).toBe(plain);
	});
});
