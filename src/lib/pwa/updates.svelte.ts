/**
 * Registers the service worker and reports when a new version is waiting. The new version
 * only takes over when the person asks, so nothing they have typed is lost to a reload.
 */
export class ServiceWorkerUpdates {
	needRefresh = $state(false);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
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
