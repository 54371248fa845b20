import { fail, redirect } from '@sveltejs/kit';
import { checkOffer, offerFromListing, readOfferForm } from '$lib/directory/offer';
import { myListing } from '$lib/directory/queries';
import { saveListing, setPaused } from '$lib/directory/save';
import { findPlace } from '$lib/server/places';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/near-me/offer');
	const mine = await myListing(locals.supabase, locals.user.id);
	return {
		listing: mine?.listing ?? null,
		values: mine ? offerFromListing(mine.listing, mine.contact) : null
	};
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/signin?next=/near-me/offer');
		const typed = readOfferForm(await request.formData());
		const checked = checkOffer(typed, findPlace);
		if (!checked.ok) return fail(400, { typed, errors: checked.errors, suggestions: checked.suggestions });
		const mine = await myListing(locals.supabase, locals.user.id);
		await saveListing(locals.supabase, locals.user.id, mine?.listing.id ?? null, checked.row, checked.contact);
		return { saved: true };
	},
	pause: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/signin?next=/near-me/offer');
		const paused = (await request.formData()).get('paused') === 'true';
		const mine = await myListing(locals.supabase, locals.user.id);
		if (mine) await setPaused(locals.supabase, mine.listing.id, paused);
		return { paused };
	}
};
