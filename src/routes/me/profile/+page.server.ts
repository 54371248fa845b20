import { fail } from '@sveltejs/kit';
import { checkArea } from '$lib/onboarding/forms';
import { checkProfile, readProfileForm } from '$lib/profile/forms';
import { myProfile, updateProfile } from '$lib/profile/queries';
import { findPlace } from '$lib/server/places';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	return { profile: await myProfile(locals.supabase, user.id) };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
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
		await updateProfile(locals.supabase, user.id, { ...checked.value, area: area.area });
		return { saved: true };
	}
};
