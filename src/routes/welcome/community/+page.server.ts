import { fail, redirect } from '@sveltejs/kit';
import { readCommunity } from '$lib/onboarding/forms';
import { stepAfter, stepPath } from '$lib/onboarding/steps';
import { listCommunities, loadAccount, settleStep } from '$lib/onboarding/progress.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	// After the layout has moved any signed-out answers into the account.
	const { progress } = await parent();
	const [communities, account] = await Promise.all([
		listCommunities(locals.supabase),
		locals.user ? loadAccount(locals.supabase, locals.user.id) : null
	]);
	const memberOf = account?.communities ?? [];
	return { communities, memberOf, waitingFor: account?.waitingFor ?? [], chosen: progress.answers.community ?? memberOf[0] ?? null };
};

export const actions: Actions = {
	save: async (event) => {
		const communities = await listCommunities(event.locals.supabase);
		const community = readCommunity(await event.request.formData(), communities.map((c) => c.id));
		if (!community) return fail(400, { errors: { community: 'welcome.community.errorPick' as const } });
		await settleStep(event, 'community', 'done', { community });
		redirect(303, stepPath(stepAfter('community')));
	},
	skip: async (event) => {
		await settleStep(event, 'community', 'skipped');
		redirect(303, stepPath(stepAfter('community')));
	}
};
