import { readNeeds } from '$lib/onboarding/forms';
import { notificationsFromForm } from '$lib/profile/forms';
import { mySettings, updateSettings } from '$lib/profile/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	const { needs, notifications } = await mySettings(locals.supabase, user.id);
	return { needs, notifications };
};

export const actions: Actions = {
	needs: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		await updateSettings(locals.supabase, user.id, { access_needs: readNeeds(await request.formData()) });
		return { saved: 'needs' as const };
	},
	notifications: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		await updateSettings(locals.supabase, user.id, { notifications: notificationsFromForm(await request.formData()) });
		return { saved: 'notifications' as const };
	}
};
