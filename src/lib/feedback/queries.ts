import type { Supabase, Tables } from '$lib/supabase';
import { toRpc, type FeedbackForm } from './feedback';

export type MyFeedback = Tables<'feedback'>;

export async function myFeedback(supabase: Supabase, eventId: string, userId: string) {
	const { data } = await supabase.from('feedback').select('*').eq('event_id', eventId).eq('user_id', userId).maybeSingle();
	return data;
}

/** Events the member answered that ended in the last 14 days and still want their feedback. */
export async function feedbackWanted(supabase: Supabase, userId: string, now = new Date()) {
	const since = new Date(now.getTime() - 14 * 86_400_000).toISOString();
	const [{ data: answered }, { data: given }] = await Promise.all([
		supabase
			.from('rsvps')
			.select('status, event:events!inner(id, title, ends_at, status)')
			.eq('user_id', userId)
			.in('status', ['going', 'waitlist', 'maybe'])
			.gte('event.ends_at', since)
			.lte('event.ends_at', now.toISOString())
			.eq('event.status', 'published'),
		supabase.from('feedback').select('event_id').eq('user_id', userId)
	]);
	const done = new Set((given ?? []).map((f) => f.event_id));
	return (answered ?? [])
		.map((r) => ({ id: r.event.id, title: r.event.title, said: r.status }))
		.filter((e) => !done.has(e.id));
}

/** One response per person per event (give_feedback); the database's refusal, if any. */
export async function giveFeedback(supabase: Supabase, eventId: string, form: FeedbackForm) {
	const { error } = await supabase.rpc('give_feedback', toRpc(eventId, form));
	return error;
}
