import { redirect } from '@sveltejs/kit';
import { readNeeds } from '$lib/onboarding/forms';
import { notificationsFromForm } from '$lib/profile/forms';
import { mySettings, updateSettings } from '$lib/profile/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/me/settings');
	const { needs, notifications } = await mySettings(locals.supabase, locals.user.id);
	return { needs, notifications };
};

export const actions: Actions = {
	needs: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/signin?next=/me/settings');
		await updateSettings(locals.supabase, locals.user.id, { access_needs: readNeeds(await request.formData()) });
		return { saved: 'needs' as const };
	},
	notifications: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/signin?next=/me/settings');
		await updateSettings(locals.supabase, locals.user.id, { notifications: notificationsFromForm(await request.formData()) });
		return { saved: 'notifications' as const };
	}
};
