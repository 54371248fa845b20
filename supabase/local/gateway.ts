// The gateway on http://127.0.0.1:54321, as Kong is in Supabase's local stack: /rest/v1 to
// PostgREST, /auth/v1 to the Auth stand-in, and GET /mailbox for the local mail (same-origin
// only: the codes in it sign people in, so no page on another site may read them).
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import { config } from './config.ts';
import { send } from './auth.ts';
import type { Mailbox } from './mailbox.ts';

type AuthHandler = (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => Promise<void>;

const secret = new TextEncoder().encode(config.jwtSecret);
const cors = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
	'access-control-allow-headers':
		'authorization, x-client-info, apikey, content-type, prefer, range, accept, accept-profile, content-profile, x-supabase-api-version, x-retry-count',
	'access-control-expose-headers': 'content-range, x-supabase-api-version',
	'access-control-max-age': '86400'
};

export function createGateway(auth: AuthHandler, mailbox: Mailbox) {
	const gateway = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		try {
			if (url.pathname === '/mailbox') {
				if (!sameOrigin(req)) return send(res, 403, { message: 'The mailbox answers only pages of its own origin.' });
				if (req.method !== 'GET') return send(res, 405, { message: 'Only GET /mailbox' });
				return send(res, 200, mailbox.for(url.searchParams.get('email') ?? ''));
			}
			for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
			if (req.method === 'OPTIONS') return void res.writeHead(204).end();
			const api = /^\/(rest|auth)\/v1(\/.*)?$/.exec(url.pathname);
			if (!api) return send(res, 404, { message: 'no Route matched with those values' });
			if (!(await hasValidApiKey(req))) {
				return send(res, 401, { message: 'Invalid API key', hint: 'Send the anon or service_role key in the apikey header.' });
			}
			const path = api[2] ?? '/';
			if (api[1] === 'auth') return await auth(req, res, path, url.searchParams);
			return proxy(req, res, path + url.search);
		} catch (error) {
			console.error('gateway:', error);
			if (!res.headersSent) send(res, 502, { message: 'An invalid response was received from the upstream server' });
		}
	});
	// Idle connections are left for the client to close, as Supabase's gateway keeps them far
	// longer than clients do. Node's default (5 s, announced in a Keep-Alive header) races the
	// app's fetch: under load it reused sockets the gateway had just closed ("fetch failed:
	// other side closed"), and members were treated as signed out.
	gateway.keepAliveTimeout = 0;
	return gateway;
}

/**
 * A request from the gateway's own origin, or not from a page at all (a terminal, a test,
 * the address typed into the browser). The browser names a page's origin in Origin and
 * Sec-Fetch-Site; a page on another site cannot leave them out.
 */
function sameOrigin(req: IncomingMessage) {
	const site = req.headers['sec-fetch-site'];
	if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
	const origin = req.headers.origin;
	return origin === undefined || origin === `http://${req.headers.host}`;
}

async function hasValidApiKey(req: IncomingMessage) {
	const key = req.headers.apikey ?? req.headers.authorization?.replace(/^Bearer /, '');
	if (typeof key !== 'string' || !key) return false;
	try {
		await jwtVerify(key, secret);
		return true;
	} catch {
		return false;
	}
}

function proxy(req: IncomingMessage, res: ServerResponse, path: string) {
	const headers = { ...req.headers, host: `127.0.0.1:${config.restPort}` };
	// PostgREST reads the role from Authorization; the apikey stands in when there is none.
	if (!headers.authorization && typeof req.headers.apikey === 'string') headers.authorization = `Bearer ${req.headers.apikey}`;
	const upstream = request(
		{ host: '127.0.0.1', port: config.restPort, method: req.method, path, headers },
		(reply) => {
			res.writeHead(reply.statusCode ?? 502, reply.headers);
			reply.pipe(res);
		}
	);
	upstream.on('error', () => {
		if (!res.headersSent) send(res, 502, { message: 'PostgREST is not answering' });
	});
	req.pipe(upstream);
}
