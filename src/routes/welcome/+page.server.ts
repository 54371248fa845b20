import { redirect } from '@sveltejs/kit';
import { nextStep, stepPath } from '$lib/onboarding/steps';
import type { PageServerLoad } from './$types';

/** /welcome carries on where the person left off. */
export const load: PageServerLoad = async ({ parent }) => {
	const { progress } = await parent();
	redirect(303, stepPath(nextStep(progress)));
};
