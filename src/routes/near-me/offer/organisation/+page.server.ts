import { redirect } from '@sveltejs/kit';
import { saveOffer } from '$lib/server/directory';
import { placesPostcodesExactly } from '$lib/server/places';
import type { Actions, PageServerLoad } from './$types';

const signInFirst = () => redirect(303, '/signin?next=/near-me/offer/organisation');

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) signInFirst();
	return { exactPostcodes: placesPostcodesExactly() };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		if (!locals.user) signInFirst();
		const saved = await saveOffer(locals.supabase, await request.formData(), 'organisation', null);
		if ('id' in saved) redirect(303, `/near-me/offer/organisation/${saved.id}?saved`);
		return saved;
	}
};
