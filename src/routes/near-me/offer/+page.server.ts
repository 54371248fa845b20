import { offerFromListing } from '$lib/directory/offer';
import { myOrganisations, ownListing, ownListingId } from '$lib/directory/queries';
import { pauseOffer, removeOffer, saveOffer } from '$lib/directory/offer-actions.server';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	const [mine, organisations] = await Promise.all([ownListing(locals.supabase, user.id), myOrganisations(locals.supabase, user.id)]);
	return {
		listing: mine?.listing ?? null,
		place: mine?.place ?? null,
		values: mine ? offerFromListing(mine.listing, mine.contact) : null,
		organisations,
		removedOrganisation: url.searchParams.has('removed')
	};
};

export const actions: Actions = {
	save: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		const mine = await ownListingId(locals.supabase, user.id);
		const saved = await saveOffer(locals.supabase, await request.formData(), 'member', mine);
		return 'id' in saved ? { saved: true } : saved;
	},
	pause: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		const form = await request.formData();
		const mine = await ownListingId(locals.supabase, user.id);
		return mine ? pauseOffer(locals.supabase, form, mine) : null;
	},
	remove: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		const form = await request.formData();
		const mine = await ownListingId(locals.supabase, user.id);
		const refused = mine ? await removeOffer(locals.supabase, form, mine) : null;
		return refused ?? { removed: true };
	}
};
