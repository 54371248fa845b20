import { error, redirect } from '@sveltejs/kit';
import { offerFromListing } from '$lib/directory/offer';
import { ownListing } from '$lib/directory/queries';
import { pauseOffer, removeOffer, saveOffer } from '$lib/server/directory';
import { placesPostcodesExactly } from '$lib/server/places';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The member's own organisation listing, or a 404 (someone else's is not theirs to change). */
async function own({ locals, params, url }: Pick<RequestEvent, 'locals' | 'params' | 'url'>) {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const listing = await ownListing(locals.supabase, locals.user.id, params.id);
	if (!listing) error(404, 'not found');
	return listing;
}

export const load: PageServerLoad = async (event) => {
	const { listing, contact, place } = await own(event);
	return {
		listing,
		place,
		values: offerFromListing(listing, contact),
		saved: event.url.searchParams.has('saved'),
		exactPostcodes: placesPostcodesExactly()
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { listing } = await own(event);
		const saved = await saveOffer(event.locals.supabase, await event.request.formData(), 'organisation', listing.id);
		return 'id' in saved ? { saved: true } : saved;
	},
	pause: async (event) => {
		const { listing } = await own(event);
		return pauseOffer(event.locals.supabase, await event.request.formData(), listing.id);
	},
	remove: async (event) => {
		const { listing } = await own(event);
		const refused = await removeOffer(event.locals.supabase, await event.request.formData(), listing.id);
		if (refused) return refused;
		redirect(303, '/near-me/offer?removed');
	}
};
