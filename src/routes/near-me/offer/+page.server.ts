import { redirect } from '@sveltejs/kit';
import { offerFromListing } from '$lib/directory/offer';
import { myOrganisations, ownListing, ownListingId } from '$lib/directory/queries';
import { pauseOffer, removeOffer, saveOffer } from '$lib/server/directory';
import type { Actions, PageServerLoad } from './$types';

const signInFirst = () => redirect(303, '/signin?next=/near-me/offer');

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) signInFirst();
	const [mine, organisations] = await Promise.all([ownListing(locals.supabase, locals.user!.id), myOrganisations(locals.supabase, locals.user!.id)]);
	return {
		listing: mine?.listing ?? null,
		place: mine?.place ?? null,
		values: mine ? offerFromListing(mine.listing, mine.contact) : null,
		organisations,
		removedOrganisation: url.searchParams.has('removed')
	};
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		if (!locals.user) signInFirst();
		const mine = await ownListingId(locals.supabase, locals.user!.id);
		const saved = await saveOffer(locals.supabase, await request.formData(), 'member', mine);
		return 'id' in saved ? { saved: true } : saved;
	},
	pause: async ({ request, locals }) => {
		if (!locals.user) signInFirst();
		const form = await request.formData();
		const mine = await ownListingId(locals.supabase, locals.user!.id);
		return mine ? pauseOffer(locals.supabase, form, mine) : null;
	},
	remove: async ({ request, locals }) => {
		if (!locals.user) signInFirst();
		const form = await request.formData();
		const mine = await ownListingId(locals.supabase, locals.user!.id);
		const refused = mine ? await removeOffer(locals.supabase, form, mine) : null;
		return refused ?? { removed: true };
	}
};
