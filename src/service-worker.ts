/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { chooseLanguage } from '$lib/i18n/negotiate';
import { keptPagesCache } from '$lib/offline/forget';
import { flush } from '$lib/offline/outbox';
import { isPersonalPath } from './routes/personal-pages';
import { sendIntent, withOutboxLock } from '$lib/offline/send';

declare let self: ServiceWorkerGlobalScope;

// The app shell: what every page and the prerendered offline page need, icons and manifest.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every other chunk is kept as a page first loads it, so pages seen online still run offline.
// Their names change with their content, so a kept copy is never stale; old ones age out.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/_app/immutable/'),
	new CacheFirst({
		cacheName: 'app-chunks',
		plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * 24 * 60 * 60, purgeOnQuotaError: true })]
	})
);

// Pages come fresh from the network; the last copy of each visited page is kept for offline use.
const pages = new NetworkFirst({
	cacheName: keptPagesCache,
	networkTimeoutSeconds: 10,
	plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 60 * 60 })]
});

// Personal pages (one's answers, access needs and requests, account; who's coming) are never
// kept on the device: a phone or a library computer may be shared.
registerRoute(
	new NavigationRoute(async (options) => {
		try {
			if (isPersonalPath(options.url.pathname)) return await fetch(options.request);
			return await pages.handle(options);
		} catch {
			return offlinePage();
		}
	})
);

/** The offline page in the person's language: their choice (the `lang` cookie), else the browser's. */
async function offlinePage(): Promise<Response> {
	const cookie = 'cookieStore' in self ? await self.cookieStore.get('lang') : null;
	const lang = chooseLanguage({
		cookie: cookie?.value,
		acceptLanguage: self.navigator.languages.join(',')
	});
	return (await matchPrecache(lang === 'en' ? '/offline' : `/offline/${lang}`)) ?? Response.error();
}

// A new version waits until the person chooses to reload (the update notice sends this).
// A page opened by a link inside the app never passes the navigation route above, so the
// app asks for it to be kept too (KEEP_PAGE): seen is seen, however it was reached.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
	if (event.data?.type === 'KEEP_PAGE' && typeof event.data.url === 'string') {
		const url = new URL(event.data.url, self.location.origin);
		if (url.origin !== self.location.origin || isPersonalPath(url.pathname)) return;
		event.waitUntil(
			caches
				.open(keptPagesCache)
				.then((cache) => cache.add(new Request(url, { credentials: 'same-origin' })))
				.catch(() => {})
		);
	}
});

// The first install takes control at once, so the page already open works offline.
clientsClaim();

// Background Sync (Chromium only): send what was done offline even if no tab is open,
// then tell any open page so it can show the answers. Pages also send on their own.
self.addEventListener('sync', (event) => {
	const sync = event as ExtendableEvent & { tag: string };
	if (sync.tag !== 'outbox') return;
	sync.waitUntil(
		withOutboxLock(() => flush(sendIntent)).then(async (sent) => {
			if (!sent) return;
			for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'OUTBOX_SENT' });
		})
	);
});
