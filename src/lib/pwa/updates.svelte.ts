/**
 * Registers the service worker and reports when a new version is waiting. The new version
 * only takes over when the person asks, so nothing they have typed is lost to a reload.
 */
export class ServiceWorkerUpdates {
	needRefresh = $state(false);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		keepLoadedChunks();
		// Loaded lazily: registration is not needed for the first paint.
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			onNeedRefresh: () => {
				this.needRefresh = true;
			}
		});
	}

	reload(): void {
		void this.#update?.(true);
	}

	dismiss(): void {
		this.needRefresh = false;
	}
}

/**
 * The worker keeps each chunk a page loads while it is in control. On the first visit it
 * takes control after this page loaded its chunks, so it is handed their addresses then
 * (Workbox's CACHE_URLS message): pages opened from here by links still run offline.
 */
function keepLoadedChunks(): void {
	if (navigator.serviceWorker.controller) return;
	navigator.serviceWorker.addEventListener(
		'controllerchange',
		() => {
			const urlsToCache = performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.filter((name) => new URL(name).pathname.startsWith('/_app/immutable/'));
			navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
		},
		{ once: true }
	);
}
