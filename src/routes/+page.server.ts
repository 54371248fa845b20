import { feedbackWanted } from '$lib/feedback/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	// Events that ended lately and still want this member's feedback.
	feedback: locals.user ? await feedbackWanted(locals.supabase, locals.user.id) : []
});
