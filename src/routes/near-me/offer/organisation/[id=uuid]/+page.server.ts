import { error, fail, redirect } from '@sveltejs/kit';
import { offerFromListing } from '$lib/directory/offer';
import { ownListing, ownListingId } from '$lib/directory/queries';
import { pauseOffer, removeOffer, saveOffer } from '$lib/directory/offer-actions.server';
import { publishState, readPublishForm, setPublished } from '$lib/opendata/publish';
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
		publishing: await publishState(event.locals.supabase, listing.id, event.locals.user!.id),
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
	publish: async (event) => {
		const id = await own(event, ownListingId);
		const asked = readPublishForm(await event.request.formData());
		if (!asked || asked.helper !== id) return fail(400, { publishError: 'opendata.errors.notYours' as const });
		const refused = await setPublished(event.locals.supabase, asked);
		return refused ? fail(refused === 'opendata.errors.notYours' ? 403 : 400, { publishError: refused }) : { publishedNow: asked.published };
	},
	remove: async (event) => {
		const refused = await removeOffer(event.locals.supabase, await event.request.formData(), await own(event, ownListingId));
		if (refused) return refused;
		redirect(303, '/near-me/offer?removed');
	}
};
