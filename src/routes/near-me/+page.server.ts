import { isCoordinator, searchHelpers } from '$lib/directory/queries';
import { readSearch } from '$lib/directory/search';
import { lookUpPlace } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const search = readSearch(url.searchParams);
	const lookup = search.near ? await lookUpPlace(search.near) : null;
	// A typed place wins over the browser's location: it is what the person sees in the form.
	const origin =
		lookup?.found ?? (search.latitude !== null && search.longitude !== null ? { latitude: search.latitude, longitude: search.longitude } : null);
	return {
		search,
		signedIn: !!locals.user,
		place: lookup?.found?.name ?? null,
		suggestions: lookup && !lookup.found ? lookup.suggestions : null,
		origin: origin ? { latitude: origin.latitude, longitude: origin.longitude } : null,
		helpers: await searchHelpers(locals.supabase, search, lookup && !lookup.found ? null : origin),
		coordinator: locals.user ? await isCoordinator(locals.supabase, locals.user.id) : false
	};
};
