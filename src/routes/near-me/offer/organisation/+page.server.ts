import { redirect } from '@sveltejs/kit';
import { saveOffer } from '$lib/directory/offer-actions.server';
import { placesPostcodesExactly } from '$lib/server/places';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireMember({ locals, url });
	return { exactPostcodes: placesPostcodesExactly() };
};

export const actions: Actions = {
	save: async ({ request, locals, url }) => {
		requireMember({ locals, url });
		const saved = await saveOffer(locals.supabase, await request.formData(), 'organisation', null);
		if ('id' in saved) redirect(303, `/near-me/offer/organisation/${saved.id}?saved`);
		return saved;
	}
};
