import { communityMaps, publishedCount } from '$lib/opendata/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [maps, total] = await Promise.all([communityMaps(locals.supabase), publishedCount(locals.supabase)]);
	return { maps, total };
};
