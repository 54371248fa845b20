// Compresses server-rendered pages and data. adapter-node serves the built files already
// compressed (precompress) but sends what Kit renders as it is: 30-50 KB of HTML a page.
import type { Handle } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)\b)/;

/** The encoding to send: brotli, else gzip, when the request accepts it (q > 0). */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = new Set(
		(acceptEncoding ?? '')
			.split(',')
			.map((part) => part.trim().toLowerCase().split(/\s*;\s*/))
			.filter(([, ...params]) => !params.some((p) => /^q=0(\.0*)?$/.test(p)))
			.map(([name]) => name)
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
	return null;
}

export function compress(response: Response, acceptEncoding: string | null): Response {
	const type = response.headers.get('content-type') ?? '';
	const encoding = chooseEncoding(acceptEncoding);
	if (!encoding || !response.body || response.headers.has('content-encoding') || !compressible.test(type)) return response;
	// Flush after each chunk: pages Kit streams still arrive piece by piece.
	const compressor =
		encoding === 'br'
			? createBrotliCompress({ flush: constants.BROTLI_OPERATION_FLUSH, params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
			: createGzip({ flush: constants.Z_SYNC_FLUSH });
	const body = Readable.toWeb(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(compressor));
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	headers.append('vary', 'accept-encoding');
	return new Response(body as ReadableStream, { status: response.status, statusText: response.statusText, headers });
}

export const compressionHandle: Handle = async ({ event, resolve }) =>
	compress(await resolve(event), event.request.headers.get('accept-encoding'));
