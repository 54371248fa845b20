// Who belongs to a community and who has asked, through the member's own session: RLS and
// decide_membership (supabase/migrations/20261203120000_…) hold the rules.
import type { Supabase } from '$lib/supabase';
import type { JoiningRule } from './forms';

export interface JoinRequest {
	userId: string;
	name: string;
	askedAt: string;
}

/** A community's name and joining rule, with the requests waiting (organisers see them). */
export async function joiningOverview(supabase: Supabase, communityId: string) {
	const [community, pending] = await Promise.all([
		supabase.from('communities').select('id, name, joining').eq('id', communityId).single(),
		supabase
			.from('community_members')
			.select('user_id, joined_at')
			.eq('community_id', communityId)
			.eq('status', 'pending')
			.order('joined_at')
	]);
	if (community.error) throw community.error;
	if (pending.error) throw pending.error;
	const ids = pending.data.map((p) => p.user_id);
	const { data: profiles, error } = ids.length ? await supabase.from('profiles').select('id, display_name').in('id', ids) : { data: [], error: null };
	if (error) throw error;
	const names = new Map(profiles.map((p) => [p.id, p.display_name]));
	const requests: JoinRequest[] = pending.data.map((p) => ({ userId: p.user_id, name: names.get(p.user_id) ?? '', askedAt: p.joined_at }));
	return { community: community.data, requests };
}

/** Lets them in or turns the request down; 'gone' when there is no such request (already decided). */
export async function decideMembership(supabase: Supabase, communityId: string, member: string, approve: boolean) {
	const { error } = await supabase.rpc('decide_membership', { community: communityId, member, approve });
	if (!error) return null;
	if (error.code === 'PT404') return 'gone' as const;
	if (error.code === '42501') return 'forbidden' as const;
	throw error;
}

/** Coordinators only (RLS): false when the update touched nothing. */
export async function setJoiningRule(supabase: Supabase, communityId: string, joining: JoiningRule) {
	const { data, error } = await supabase.from('communities').update({ joining }).eq('id', communityId).select('id');
	if (error) throw error;
	return data.length > 0;
}

/** How many are waiting for approval, per community (organisers see the requests; RLS). */
export async function waitingCounts(supabase: Supabase, communityIds: string[]) {
	const { data, error } = await supabase.from('community_members').select('community_id').in('community_id', communityIds).eq('status', 'pending');
	if (error) throw error;
	const counts = new Map<string, number>();
	for (const { community_id } of data) counts.set(community_id, (counts.get(community_id) ?? 0) + 1);
	return counts;
}
