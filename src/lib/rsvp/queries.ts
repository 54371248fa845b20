// RSVP reads and the one write (the rsvp() database function), through the member's session.
import type { Supabase } from '$lib/supabase';
import type { RsvpRequest, RsvpStatus } from './rsvp';

export async function myRsvp(supabase: Supabase, eventId: string, userId: string) {
	const { data } = await supabase
		.from('rsvps')
		.select('status, companion, promoted_at, request:access_requests(request)')
		.eq('event_id', eventId)
		.eq('user_id', userId)
		.maybeSingle();
	if (!data) return null;
	const { request, ...rsvp } = data;
	return { ...rsvp, access_requests: request?.request ?? '' };
}

export async function placesTaken(supabase: Supabase, eventId: string) {
	const { data } = await supabase.from('event_places').select('taken').eq('event_id', eventId).maybeSingle();
	return data?.taken ?? 0;
}

export async function sendRsvp(supabase: Supabase, eventId: string, request: RsvpRequest) {
	const { data, error } = await supabase.rpc('rsvp', {
		event: eventId,
		status: request.status,
		companion: request.companion,
		access_requests: request.accessRequests
	});
	return { result: data, error };
}

export type MyRsvp = NonNullable<Awaited<ReturnType<typeof myRsvp>>>;
export type MyEvent = Awaited<ReturnType<typeof myEvents>>[number];
export type Attendee = Awaited<ReturnType<typeof eventPeople>>[number];

/** Everything a member has said yes, maybe or waitlist to, soonest first. */
export async function myEvents(supabase: Supabase, userId: string) {
	const { data, error } = await supabase
		.from('rsvps')
		.select('status, event:events(id, title, starts_at, ends_at, time_zone, format, status, venue:venues(name, town))')
		.eq('user_id', userId)
		.neq('status', 'cancelled');
	if (error) throw error;
	return data
		.flatMap(({ status, event }) => (event ? [{ status, event }] : []))
		.sort((a, b) => a.event.starts_at.localeCompare(b.event.starts_at));
}

/** Waitlist promotions the member hasn't seen yet. */
export async function unseenPromotions(supabase: Supabase, userId: string) {
	const { data } = await supabase
		.from('rsvps')
		.select('event:events(id, title)')
		.eq('user_id', userId)
		.eq('promotion_seen', false);
	return (data ?? []).flatMap((r) => (r.event ? [r.event] : []));
}

/** For the event's organisers (RLS returns nothing to anyone else); access requests are not in it (readAccessRequests). */
export async function eventPeople(supabase: Supabase, eventId: string) {
	const { data, error } = await supabase
		.from('rsvps')
		.select('user_id, status, companion, created_at, waitlist_order, attended')
		.eq('event_id', eventId)
		.neq('status', 'cancelled')
		.order('created_at');
	if (error) throw error;
	const { data: profiles } = data.length
		? await supabase.from('profiles').select('id, display_name, pronouns').in('id', data.map((r) => r.user_id))
		: { data: [] };
	const byId = new Map((profiles ?? []).map(({ id, ...profile }) => [id, profile]));
	return data
		.map((row) => ({ ...row, profile: byId.get(row.user_id) ?? null }))
		.sort((a, b) => order(a) - order(b) || (a.waitlist_order ?? 0) - (b.waitlist_order ?? 0));
}

const order = (a: { status: RsvpStatus }) => ['going', 'waitlist', 'maybe'].indexOf(a.status);

/** For a list of events: the member's answer to each, and places taken, in two queries. */
export async function rsvpStates(supabase: Supabase, eventIds: string[], userId: string | null) {
	if (!eventIds.length) return {};
	const [places, mine] = await Promise.all([
		supabase.from('event_places').select('event_id, taken').in('event_id', eventIds),
		userId ? supabase.from('rsvps').select('event_id, status').eq('user_id', userId).in('event_id', eventIds) : { data: [] }
	]);
	const states: Record<string, { taken: number; status: RsvpStatus | null }> = {};
	for (const row of places.data ?? []) states[row.event_id] = { taken: row.taken, status: null };
	for (const row of mine.data ?? []) if (states[row.event_id]) states[row.event_id].status = row.status;
	return states;
}

/** The member has seen that a waitlist place came up for them. */
export async function acknowledgePromotion(supabase: Supabase, eventId: string) {
	await supabase.rpc('acknowledge_promotion', { event: eventId });
}
