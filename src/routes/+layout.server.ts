import { messages } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

// Only the chosen language's strings go to the browser.
export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.lang,
	messages: messages[locals.lang]
});
