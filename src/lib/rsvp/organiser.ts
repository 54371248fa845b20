import type { Supabase } from '$lib/supabase';

/** Is the member an organiser or coordinator of this community? (Their own membership row is always visible.) */
export async function organises(supabase: Supabase, userId: string, communityId: string) {
	const { data } = await supabase
		.from('community_members')
		.select('role')
		.eq('community_id', communityId)
		.eq('user_id', userId)
		.eq('status', 'approved')
		.maybeSingle();
	return data?.role === 'organiser' || data?.role === 'coordinator';
}

/** Organisers say who came; the database checks they organise the event and that the member answered. */
export async function markAttendance(supabase: Supabase, eventId: string, memberId: string, attended: boolean) {
	const { error } = await supabase.rpc('mark_attendance', { event: eventId, member: memberId, attended });
	return error;
}
