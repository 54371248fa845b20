// How every open data document is answered: JSON (or another type) that anyone may read,
// from any site (CORS for GET), checked again on each request so that taking an
// organisation off the map takes it out of every feed at once.
import { json } from '@sveltejs/kit';

export const openHeaders = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, OPTIONS',
	'access-control-allow-headers': 'accept, content-type',
	'access-control-max-age': '86400',
	'cache-control': 'no-cache'
};

export function openJson(body: unknown, status = 200, type = 'application/json') {
	return json(body, { status, headers: { ...openHeaders, 'content-type': `${type}; charset=utf-8` } });
}

export function openFile(body: string, type: string, filename: string) {
	return new Response(body, { headers: { ...openHeaders, 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="${filename}"` } });
}

/** A mistake in the request, said in words, as JSON. */
export const badRequest = (message: string) => openJson({ error: message }, 400);
export const notFound = () => openJson({ error: 'not found' }, 404);

/** The CORS preflight answer. */
export const preflight = () => new Response(null, { status: 204, headers: openHeaders });
