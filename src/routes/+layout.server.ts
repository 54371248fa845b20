import { messages } from '$lib/server/i18n';
import { unseenPromotions } from '$lib/rsvp/queries';
import type { LayoutServerLoad } from './$types';

// Only the chosen language's strings go to the browser.
export const load: LayoutServerLoad = async ({ locals }) => ({
	lang: locals.lang,
	messages: messages[locals.lang],
	signedIn: !!locals.user,
	// A waitlist place that came up is news the member sees on whatever page they open next.
	promotions: locals.user ? await unseenPromotions(locals.supabase, locals.user.id) : []
});
