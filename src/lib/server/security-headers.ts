import type { Handle } from '@sveltejs/kit';

/** Pages that offer "use where I am now": the only ones allowed to ask for a location. */
const asksForLocation = /^\/(events|near-me)(\/|$)/;

export function securityHeaders(pathname: string): Record<string, string> {
	return {
		'referrer-policy': 'strict-origin-when-cross-origin',
		'x-content-type-options': 'nosniff',
		'permissions-policy': `geolocation=${asksForLocation.test(pathname) ? '(self)' : '()'}, camera=(), microphone=(), payment=()`
	};
}

export const securityHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(securityHeaders(event.url.pathname))) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
