import { expect, type Page } from '@playwright/test';

/**
 * Waits until every script and style the page has loaded is kept by the service worker.
 * Offline, the browser's HTTP cache may still have them in a test, but a phone can clear it
 * at any time: what counts is what the worker keeps.
 */
export async function expectScriptsKept(page: Page) {
	const missing = () =>
		page.evaluate(async () => {
			const files = performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.filter((name) => new URL(name).pathname.startsWith('/_app/immutable/'));
			const kept = await Promise.all(files.map((file) => caches.match(file)));
			return files.length ? files.filter((_, i) => !kept[i]) : ['(no scripts loaded)'];
		});
	await expect.poll(missing, { timeout: 15_000 }).toEqual([]);
}

/**
 * Call after opening a page while the context is offline. Playwright 1.65 with Debian's
 * Chromium 150 keeps the network offline then, but the new document's navigator.onLine says
 * true (each new document does; the one already open when going offline says false). Once
 * the page has loaded, going offline again tells its document too, as a phone's would know.
 */
export async function tellPageItIsOffline(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.context().setOffline(false);
	await page.context().setOffline(true);
}
