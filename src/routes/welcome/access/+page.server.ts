import { redirect } from '@sveltejs/kit';
import { readNeeds } from '$lib/onboarding/forms';
import { stepAfter, stepPath } from '$lib/onboarding/steps';
import { loadAccount, settleStep } from '$lib/onboarding/progress.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { progress } = await parent();
	return { needs: locals.user ? (await loadAccount(locals.supabase, locals.user.id)).needs : (progress.answers.needs ?? []) };
};

export const actions: Actions = {
	save: async (event) => {
		await settleStep(event, 'access', 'done', { needs: readNeeds(await event.request.formData()) });
		redirect(303, stepPath(stepAfter('access')));
	},
	skip: async (event) => {
		await settleStep(event, 'access', 'skipped');
		redirect(303, stepPath(stepAfter('access')));
	}
};
