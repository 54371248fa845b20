import { error, redirect } from '@sveltejs/kit';
import { hasAgreed } from '$lib/onboarding/charter';
import { stepAfter, stepPath } from '$lib/onboarding/steps';
import { agreeCharter, chosenCommunity, currentProgress, listCommunities, loadAccount, settleStep } from '$lib/onboarding/progress.server';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { progress } = await parent();
	const [communities, account] = await Promise.all([
		listCommunities(locals.supabase),
		locals.user ? loadAccount(locals.supabase, locals.user.id) : null
	]);
	const community = chosenCommunity(communities, progress, account?.communities);
	if (!community) error(404);
	const agreed = account?.charterVersion ?? null;
	return {
		community,
		agreed: hasAgreed(agreed, community.charter_version),
		changed: agreed !== null && !hasAgreed(agreed, community.charter_version)
	};
};

export const actions: Actions = {
	agree: async (event) => {
		const { locals } = event;
		const user = requireMember(event);
		// The version comes from the database, never from the form: agreeing means this text.
		const [progress, communities, account] = await Promise.all([
			currentProgress(event),
			listCommunities(locals.supabase),
			loadAccount(locals.supabase, user.id)
		]);
		const community = chosenCommunity(communities, progress, account.communities);
		if (!community) error(404);
		await agreeCharter(locals.supabase, user.id, community.charter_version);
		await settleStep(event, 'charter', 'done');
		redirect(303, stepPath(stepAfter('charter')));
	},
	skip: async (event) => {
		await settleStep(event, 'charter', 'skipped');
		redirect(303, stepPath(stepAfter('charter')));
	}
};
