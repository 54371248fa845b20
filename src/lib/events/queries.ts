// Reading events through Supabase (RLS decides what each person may see).
import type { Supabase, Tables } from '$lib/supabase';
import type { EventFilters } from './filters';
import type { Facts, Format } from './access';

export interface Stop {
	name: string;
	mode: 'bus' | 'train' | 'tram' | 'metro' | 'ferry' | 'coach';
	lines: string[];
	walkMinutes: number;
}

/** A venue as events show it: every column (all of them public). */
export type Venue = Tables<'venues'>;

const eventColumns =
	'id, community_id, venue_id, title, summary, description, who_for, starts_at, ends_at, time_zone, format, languages, access, cost_pence, cost_note, capacity, status, cancel_reason, sequence, updated_at, rescheduled_from, moved_online, community:communities(name, slug), venue:venues(*)';

/** What a card in the list shows, and what its filters read: far less than the event page. */
const listColumns =
	'id, title, summary, starts_at, ends_at, time_zone, format, access, cost_pence, capacity, status, cancel_reason, community:communities(name, slug), venue:venues(name, town, latitude, longitude, access)';

export type EventRow = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
export type ListedEventRow = Awaited<ReturnType<typeof listUpcoming>>['events'][number];

/**
 * Upcoming published (and cancelled, so people learn of it) events, soonest first: the 200
 * soonest that match the filters the database can apply, for the page to filter further
 * (needs, distance, the exact local day). With `first`, only that many, and how many match
 * in all: for when the page filters no further.
 */
export async function listUpcoming(supabase: Supabase, filters: EventFilters, first?: number, now = new Date()) {
	let query = supabase
		.from('events')
		.select(listColumns, first ? { count: 'exact' } : {})
		.in('status', ['published', 'cancelled'])
		.gte('ends_at', now.toISOString())
		.order('starts_at')
		.limit(first ?? 200);
	// A day either side: the exact local-day cut is made in placeEvents, in each event's zone.
	const day = 86_400_000;
	if (filters.from) query = query.gte('starts_at', new Date(Date.parse(filters.from) - day).toISOString());
	if (filters.to) query = query.lt('starts_at', new Date(Date.parse(filters.to) + 2 * day).toISOString());
	if (filters.format) query = query.eq('format', filters.format);
	if (filters.words) query = query.textSearch('search', filters.words, { type: 'websearch', config: 'simple' });
	const { data, error, count } = await query;
	if (error) throw error;
	return { events: data, total: count ?? data.length };
}

/** A community by the slug in its addresses; null when there is none. */
export async function communityBySlug(supabase: Supabase, slug: string) {
	const { data, error } = await supabase.from('communities').select('id, name, slug').eq('slug', slug).maybeSingle();
	if (error) throw error;
	return data;
}

/**
 * A community's upcoming published events (and cancelled ones, so other maps learn of it),
 * soonest first, each with its places taken: for the open-data feed. Drafts never, whoever
 * asks: the status is asked for here, not left to RLS.
 */
export async function communityUpcoming(supabase: Supabase, communityId: string, now = new Date()) {
	const { data, error } = await supabase
		.from('events')
		.select(`${eventColumns}, places:event_places(taken)`)
		.eq('community_id', communityId)
		.in('status', ['published', 'cancelled'])
		.gte('ends_at', now.toISOString())
		.order('starts_at')
		.limit(500);
	if (error) throw error;
	return data;
}

export async function getEvent(supabase: Supabase, id: string) {
	const { data, error } = await supabase.from('events').select(eventColumns).eq('id', id).maybeSingle();
	if (error) throw error;
	return data;
}

/** The joining link, for those allowed to see it (RLS: organisers; RSVPs to come). */
export async function getJoinLink(supabase: Supabase, eventId: string) {
	const { data } = await supabase.from('event_links').select('join_url, join_note').eq('event_id', eventId).maybeSingle();
	return data;
}

/** A signed-in member's saved needs. */
export async function savedNeeds(supabase: Supabase, userId: string) {
	const { data } = await supabase.from('member_private').select('access_needs').eq('user_id', userId).maybeSingle();
	return data?.access_needs ?? [];
}
