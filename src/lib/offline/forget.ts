// What signing out leaves on the device: none of the person's pages and nothing waiting to
// be sent as them. Clear-Site-Data does this where browsers support it; this is for the rest.
import { forgetOutbox } from './outbox';

/** The service worker's cache of pages seen online (shareable ones only). */
export const keptPagesCache = 'pages';

export async function forgetThisDevice() {
	await Promise.all([forgetOutbox(), 'caches' in globalThis ? caches.delete(keptPagesCache) : false]);
}
