// The protections every response carries. Kit's pages get them from the hook below; the
// production server (scripts/serve.ts) puts them on everything else too: static files and
// prerendered pages never pass through Kit's hooks. Plain TypeScript, importable by both.
import type { Handle } from '@sveltejs/kit';

/** Pages that offer "use where I am now": the only ones allowed to ask for a location. */
const asksForLocation = /^\/(events|near-me)(\/|$)/;

/** Two years, as browsers' preload lists ask; only ever sent over https. */
const strictTransport = 'max-age=63072000; includeSubDomains';

/**
 * What a response Kit did not write gets (a file, a prerendered page): Kit writes a full
 * policy for its own pages, and prerendered ones carry their script policy in a <meta>,
 * which cannot say frame-ancestors.
 */
export const fileContentSecurityPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

export function securityHeaders(pathname: string, https: boolean): Record<string, string> {
	return {
		'referrer-policy': 'strict-origin-when-cross-origin',
		'x-content-type-options': 'nosniff',
		'cross-origin-opener-policy': 'same-origin',
		'permissions-policy': `geolocation=${asksForLocation.test(pathname) ? '(self)' : '()'}, camera=(), microphone=(), payment=()`,
		...(https ? { 'strict-transport-security': strictTransport } : {})
	};
}

export const securityHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(securityHeaders(event.url.pathname, event.url.protocol === 'https:'))) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
