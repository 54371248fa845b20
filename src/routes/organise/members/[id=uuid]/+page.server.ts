import { error, fail, redirect } from '@sveltejs/kit';
import { readDecision, readJoiningRule } from '$lib/members/forms';
import { decideMembership, joiningOverview, setJoiningRule } from '$lib/members/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const { communities } = await parent();
	const mine = communities.find((c) => c.id === params.id);
	if (!mine) error(404, 'Not found');
	const { community, requests } = await joiningOverview(locals.supabase, mine.id);
	return { community, requests, coordinates: mine.role === 'coordinator', done: url.searchParams.get('done') };
};

export const actions: Actions = {
	decide: async (event) => {
		requireMember(event);
		const decision = readDecision(await event.request.formData());
		if (!decision) return fail(400, { refused: 'members.organise.errors.gone' as const });
		const refused = await decideMembership(event.locals.supabase, event.params.id, decision.member, decision.approve);
		if (refused === 'forbidden') return fail(403, { refused: 'organise.errors.forbidden' as const });
		if (refused === 'gone') return fail(409, { refused: 'members.organise.errors.gone' as const });
		redirect(303, `/organise/members/${event.params.id}?done=${decision.approve ? 'approved' : 'declined'}`);
	},
	joining: async (event) => {
		requireMember(event);
		const joining = readJoiningRule(await event.request.formData());
		if (!joining) return fail(400, { joiningError: 'members.organise.errors.chooseRule' as const });
		if (!(await setJoiningRule(event.locals.supabase, event.params.id, joining))) {
			return fail(403, { refused: 'members.organise.errors.coordinatorsOnly' as const });
		}
		redirect(303, `/organise/members/${event.params.id}?done=ruleSaved`);
	}
};
