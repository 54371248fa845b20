import { error, redirect } from '@sveltejs/kit';
import { offerFromListing } from '$lib/directory/offer';
import { ownListing, ownListingId } from '$lib/directory/queries';
import { pauseOffer, removeOffer, saveOffer } from '$lib/directory/offer-actions.server';
import { placesPostcodesExactly } from '$lib/server/places';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * The member's own organisation listing (all of it, or its id for the actions), or a 404:
 * someone else's is not theirs to change.
 */
async function own<T>({ locals, params, url }: Pick<RequestEvent, 'locals' | 'params' | 'url'>, find: (supabase: App.Locals['supabase'], userId: string, id: string) => Promise<T | null>) {
	const user = requireMember({ locals, url });
	const found = await find(locals.supabase, user.id, params.id);
	if (!found) error(404, 'not found');
	return found;
}

export const load: PageServerLoad = async (event) => {
	const { listing, contact, place } = await own(event, ownListing);
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
		const saved = await saveOffer(event.locals.supabase, await event.request.formData(), 'organisation', await own(event, ownListingId));
		return 'id' in saved ? { saved: true } : saved;
	},
	pause: async (event) => {
		return pauseOffer(event.locals.supabase, await event.request.formData(), await own(event, ownListingId));
	},
	remove: async (event) => {
		const refused = await removeOffer(event.locals.supabase, await event.request.formData(), await own(event, ownListingId));
		if (refused) return refused;
		redirect(303, '/near-me/offer?removed');
	}
};
