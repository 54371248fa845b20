// `npm start`: adapter-node's handler behind a plain Node server, so that every response
// (static files and prerendered pages too, which never reach Kit's hooks) carries the
// security headers, and so that it says at start-up which origin it takes requests for.
import { createServer, type IncomingMessage } from 'node:http';
// @ts-expect-error: written by `npm run build`, without types.
import { handler } from '../build/handler.js';
import { fileContentSecurityPolicy, securityHeaders } from '../src/lib/server/security-headers.ts';

const port = Number(process.env.PORT ?? '3000');
const host = process.env.HOST ?? '0.0.0.0';
const origin = process.env.ORIGIN;
const protocolHeader = process.env.PROTOCOL_HEADER?.toLowerCase();

/** As adapter-node decides it: ORIGIN, else the proxy's protocol header, else https. */
function overHttps(request: IncomingMessage): boolean {
	if (origin) return origin.startsWith('https:');
	const told = protocolHeader ? request.headers[protocolHeader] : undefined;
	return told === undefined ? true : String(told).split(',')[0].trim() === 'https';
}

const server = createServer((request, response) => {
	const pathname = (request.url ?? '/').split('?')[0];
	// Set before the handler writes: Kit's own headers (its full policy) replace these.
	for (const [name, value] of Object.entries(securityHeaders(pathname, overHttps(request)))) response.setHeader(name, value);
	response.setHeader('content-security-policy', fileContentSecurityPolicy);
	handler(request, response);
});

server.listen(port, host, () => {
	const at = `Hearth is listening on ${host}:${port}`;
	if (origin) return console.log(`${at}, for ${origin}.`);
	console.log(
		`${at}. ORIGIN is not set, so each request is taken to come to ${protocolHeader ? `the protocol in ${protocolHeader}` : 'https'}://` +
			`its Host header. Over plain http every form would be refused as cross-site: set ORIGIN, e.g. ORIGIN=http://localhost:${port}.`
	);
});

// Stop taking requests, let those under way finish, then go.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 10_000).unref();
	});
}
