// A member's own profile and settings, read and written through their session (RLS).
import type { Supabase, Tables } from '$lib/supabase';
import { isNeed, type Need } from '$lib/events/access';
import { readNotifications, type Notifications } from './forms';

/** The columns of `profiles` other signed-in members can read. */
export type PublicProfile = Pick<Tables<'profiles'>, 'display_name' | 'pronouns' | 'bio' | 'languages' | 'topics' | 'area'>;

export const publicColumns = 'display_name, pronouns, bio, languages, topics, area';

export async function myProfile(supabase: Supabase, userId: string): Promise<PublicProfile> {
	const { data, error } = await supabase.from('profiles').select(publicColumns).eq('id', userId).single();
	if (error) throw error;
	return data;
}

export async function updateProfile(supabase: Supabase, userId: string, profile: PublicProfile) {
	const { error } = await supabase.from('profiles').update(profile).eq('id', userId);
	if (error) throw error;
}

export interface MySettings {
	needs: Need[];
	notifications: Notifications;
	charterVersion: number | null;
	onboarding: unknown;
}

export async function mySettings(supabase: Supabase, userId: string): Promise<MySettings> {
	const { data, error } = await supabase
		.from('member_private')
		.select('access_needs, notifications, charter_version, onboarding')
		.eq('user_id', userId)
		.single();
	if (error) throw error;
	return {
		needs: data.access_needs.filter(isNeed),
		notifications: readNotifications(data.notifications),
		charterVersion: data.charter_version,
		onboarding: data.onboarding
	};
}

export async function updateSettings(supabase: Supabase, userId: string, values: { access_needs?: Need[]; notifications?: Notifications }) {
	const { error } = await supabase.from('member_private').update(values).eq('user_id', userId);
	if (error) throw error;
}

/** The communities they belong to or have asked to join, with their role and the charter version there. */
export async function myMemberships(supabase: Supabase, userId: string) {
	const { data, error } = await supabase
		.from('community_members')
		.select('role, status, community:communities(id, name, charter_version)')
		.eq('user_id', userId);
	if (error) throw error;
	return data;
}

/** Deletes the signed-in member's account and everything about them (delete_my_account). */
export async function deleteMyAccount(supabase: Supabase) {
	const { error } = await supabase.rpc('delete_my_account');
	if (error) throw error;
}
