import { fail, redirect } from '@sveltejs/kit';
import { checkArea } from '$lib/onboarding/forms';
import { checkProfile, readProfileForm } from '$lib/profile/forms';
import { myProfile, updateProfile } from '$lib/profile/queries';
import { findPlace } from '$lib/server/places';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/me/profile');
	return { profile: await myProfile(locals.supabase, locals.user.id) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/signin?next=/me/profile');
		const typed = readProfileForm(await request.formData());
		const checked = checkProfile(typed);
		const area = checkArea(typed.area, findPlace);
		if (!checked.ok || !area.ok) {
			return fail(400, {
				typed,
				errors: checked.ok ? {} : checked.errors,
				area: area.ok ? null : { error: area.error, suggestions: area.suggestions }
			});
		}
		await updateProfile(locals.supabase, locals.user.id, { ...checked.value, area: area.area });
		return { saved: true };
	}
};
