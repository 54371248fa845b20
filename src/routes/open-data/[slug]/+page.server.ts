import { error } from '@sveltejs/kit';
import { communityMap, publishedOrganisations } from '$lib/opendata/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const map = await communityMap(locals.supabase, { slug: params.slug });
	if (!map) error(404, 'not found');
	return { map, organisations: await publishedOrganisations(locals.supabase, { community: map.slug, size: 1000 }) };
};
