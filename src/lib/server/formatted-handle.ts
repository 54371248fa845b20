import type { Handle } from '@sveltejs/kit';
import { collectFormatted } from '#i18n/formatted';
import { formattedId } from '$lib/i18n/formatted-id';

/**
 * Sends the strings formatted while rendering a page (dates, distances, lists) with it, as
 * JSON the browser reads when it hydrates instead of loading Intl's data to make them again.
 * A data block: never run, so the Content Security Policy has nothing to allow.
 */
export const formattedHandle: Handle = ({ event, resolve }) => {
	const page = new Map<string, string>();
	return collectFormatted(page, () =>
		resolve(event, { transformPageChunk: ({ html, done }) => (done ? withFormatted(html, page) : html) })
	);
};

export function withFormatted(html: string, page: Map<string, string>): string {
	const end = html.lastIndexOf('</body>');
	if (!page.size || end === -1) return html;
	// `<` escaped, so no string can end the script element early.
	const json = JSON.stringify(Object.fromEntries(page)).replace(/</g, '\\u003c');
	return `${html.slice(0, end)}<script type="application/json" id="${formattedId}">${json}</script>${html.slice(end)}`;
}
