import { redirect } from '@sveltejs/kit';
import { readTopics } from '$lib/onboarding/forms';
import { stepAfter, stepPath } from '$lib/onboarding/steps';
import { loadAccount, settleStep } from '$lib/onboarding/progress.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { progress } = await parent();
	// Signed in, the profile is the truth (it may have been changed on the Me page).
	const topics = locals.user ? (await loadAccount(locals.supabase, locals.user.id)).topics : (progress.answers.topics ?? []);
	return { topics, offers: progress.answers.offers ?? [] };
};

export const actions: Actions = {
	save: async (event) => {
		const form = await event.request.formData();
		await settleStep(event, 'interests', 'done', { topics: readTopics(form, 'topic'), offers: readTopics(form, 'offer') });
		redirect(303, stepPath(stepAfter('interests')));
	},
	skip: async (event) => {
		await settleStep(event, 'interests', 'skipped');
		redirect(303, stepPath(stepAfter('interests')));
	}
};
