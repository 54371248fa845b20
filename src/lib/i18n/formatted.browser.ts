// In the browser: the strings the server formatted for this page, read from the page itself,
// so hydrating takes them instead of making Intl formatters. The first Intl formatter of a
// kind loads ICU data: on a slow phone that held the main thread ~100 ms on the events list,
// only to make the text already on the screen. Anything not sent is made as usual.
import { formattedId } from './formatted-id';

let served: Map<string, string> | undefined;

function read(): Map<string, string> | undefined {
	const element = document.getElementById(formattedId);
	if (!element) return undefined;
	try {
		const strings: unknown = JSON.parse(element.textContent ?? '');
		if (strings && typeof strings === 'object') {
			return new Map(Object.entries(strings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
		}
	} catch {
		// A page cached before this existed, or damaged: format everything here.
	}
	return new Map();
}

export function formatted(key: string, make: () => string): string {
	served ??= read();
	return served?.get(key) ?? make();
}
