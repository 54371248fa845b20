import { fail, redirect } from '@sveltejs/kit';
import { checkArea } from '$lib/onboarding/forms';
import { stepAfter, stepPath } from '$lib/onboarding/steps';
import { findPlace } from '$lib/server/places';
import { loadAccount, settleStep } from '$lib/onboarding/progress.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { progress } = await parent();
	return { area: locals.user ? (await loadAccount(locals.supabase, locals.user.id)).area : (progress.answers.area ?? '') };
};

export const actions: Actions = {
	save: async (event) => {
		const typed = String((await event.request.formData()).get('area') ?? '');
		const checked = checkArea(typed, findPlace);
		if (!checked.ok) return fail(400, { area: typed, error: checked.error, suggestions: checked.suggestions });
		await settleStep(event, 'area', 'done', { area: checked.area });
		redirect(303, stepPath(stepAfter('area')));
	},
	skip: async (event) => {
		await settleStep(event, 'area', 'skipped');
		redirect(303, stepPath(stepAfter('area')));
	}
};
