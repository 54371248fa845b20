import type { Supabase } from '$lib/supabase';

/** Is the member an organiser or coordinator of this community? (Their own membership row is always visible.) */
export async function organises(supabase: Supabase, userId: string, communityId: string) {
	const { data } = await supabase
		.from('community_members')
		.select('role')
		.eq('community_id', communityId)
		.eq('user_id', userId)
		.maybeSingle();
	return data?.role === 'organiser' || data?.role === 'coordinator';
}
