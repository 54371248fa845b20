// On the server: the strings formatted while a page renders (dates, distances, lists), kept
// per request so $lib/server/formatted-handle can send them with the page. The browser's
// side is formatted.browser.ts (package.json `imports`: `#i18n/formatted`).
import { AsyncLocalStorage } from 'node:async_hooks';

const rendering = new AsyncLocalStorage<Map<string, string>>();

/** The string for `key`, made once per page; outside a page render, simply made. */
export function formatted(key: string, make: () => string): string {
	const page = rendering.getStore();
	const known = page?.get(key);
	if (known !== undefined) return known;
	const value = make();
	page?.set(key, value);
	return value;
}

/** Runs `render` keeping every string formatted meanwhile in `page`. */
export function collectFormatted<T>(page: Map<string, string>, render: () => T): T {
	return rendering.run(page, render);
}
