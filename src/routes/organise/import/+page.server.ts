import { fail, redirect } from '@sveltejs/kit';
import { readListing } from '$lib/import/forms';
import { previewImport } from '$lib/import/import.server';
import { awaitingConfirmation, confirmListing } from '$lib/import/queries';
import { organisedCommunities } from '$lib/organise/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { communities } = await parent();
	const coordinated = communities.filter((c) => c.role === 'coordinator');
	const waiting = coordinated.length ? await awaitingConfirmation(locals.supabase, coordinated.map((c) => c.id)) : { listings: [], total: 0 };
	const asked = url.searchParams.get('community');
	return {
		coordinated,
		userId: locals.user?.id ?? '',
		community: (coordinated.find((c) => c.id === asked) ?? coordinated[0])?.id ?? '',
		waiting,
		done: url.searchParams.get('done'),
		added: Number(url.searchParams.get('added') ?? 0) || 0
	};
};

export const actions: Actions = {
	preview: async (event) => {
		const user = requireMember(event);
		const previewed = await previewImport(event, await organisedCommunities(event.locals.supabase, user.id));
		if ('id' in previewed) redirect(303, `/organise/import/${previewed.id}`);
		return previewed;
	},
	confirm: async (event) => {
		requireMember(event);
		const listing = readListing(await event.request.formData());
		const refused = listing ? await confirmListing(event.locals.supabase, listing) : 'gone';
		if (refused === 'forbidden') return fail(403, { refused: 'organise.errors.forbidden' as const });
		if (refused === 'gone') return fail(409, { refused: 'import.confirmGone' as const });
		redirect(303, '/organise/import?done=confirmed');
	}
};
