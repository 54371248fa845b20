import type { Handle } from '@sveltejs/kit';
import { isPersonalPath } from '../../routes/personal-pages';

/** Personal pages are never stored by the browser: on a shared computer, Back after signing out shows nothing. */
export const personalHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (isPersonalPath(event.url.pathname)) response.headers.set('cache-control', 'private, no-store');
	return response;
};
