// Organisers' reads and writes, through the member's own Supabase session: row-level
// security decides, and a refusal comes back as field errors, never a crash.
import type { Database, Supabase, Tables } from '$lib/supabase';
import type { EventInput } from './event-form';
import { e, explainDbError, type FieldErrors } from './form';
import { shiftByWeeks } from './time';
import type { VenueInput } from './venue-form';

export interface OrganisedCommunity {
	id: string;
	name: string;
	role: 'organiser' | 'coordinator';
}

export type Saved = { id: string; errors?: never } | { id?: never; errors: FieldErrors };

/** Communities where the member organises or coordinates. */
export async function organisedCommunities(supabase: Supabase, userId: string): Promise<OrganisedCommunity[]> {
	const { data, error } = await supabase
		.from('community_members')
		.select('role, community:communities(id, name)')
		.eq('user_id', userId)
		.eq('status', 'approved')
		.in('role', ['organiser', 'coordinator']);
	if (error) throw error;
	return data
		.flatMap(({ role, community }) => (community && role !== 'member' ? [{ ...community, role }] : []))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export type EventSummary = Awaited<ReturnType<typeof communityEvents>>[number];
export type EditableEvent = NonNullable<Awaited<ReturnType<typeof editableEvent>>>['event'];

export async function communityEvents(supabase: Supabase, communityIds: string[]) {
	const { data, error } = await supabase
		.from('events')
		.select('id, community_id, title, starts_at, ends_at, time_zone, format, status')
		.in('community_id', communityIds)
		.order('starts_at');
	if (error) throw error;
	return data;
}

export async function communityVenues(supabase: Supabase, communityIds: string[]) {
	const { data, error } = await supabase.from('venues').select('*').in('community_id', communityIds).order('name');
	if (error) throw error;
	return data;
}

/** An event with its venue and joining link; null when the member may not see it. */
export async function editableEvent(supabase: Supabase, id: string) {
	const { data, error } = await supabase.from('events').select('*, venue:venues(*)').eq('id', id).maybeSingle();
	if (error) throw error;
	if (!data) return null;
	const { data: link } = await supabase.from('event_links').select('join_url').eq('event_id', id).maybeSingle();
	return { event: data, joinUrl: link?.join_url ?? null };
}

/**
 * Creates a draft (no id) or changes an event, with its joining link, in one transaction
 * (save_event), and its co-hosts when given (null keeps them). A change RLS refuses saves
 * nothing and counts as refused.
 */
export async function saveEvent(supabase: Supabase, id: string | null, event: EventInput, joinUrl: string | null, coHosts: string[] | null = null): Promise<Saved> {
	const { data, error } = await supabase.rpc('save_event', { target: id, fields: event, join_url: joinUrl, co_hosts: coHosts });
	if (error) return { errors: explainDbError(error) };
	return data ? { id: data } : { errors: { form: e('forbidden') } };
}

async function changeEvent(
	supabase: Supabase,
	id: string,
	change: Database['public']['Tables']['events']['Update'],
	onlyStatus: Tables<'events'>['status']
): Promise<Saved> {
	const { data, error } = await supabase.from('events').update(change).eq('id', id).eq('status', onlyStatus).select('id');
	if (error) return { errors: explainDbError(error) };
	return data?.length ? { id } : { errors: { form: e('forbidden') } };
}

export const publishEvent = (supabase: Supabase, id: string) => changeEvent(supabase, id, { status: 'published' }, 'draft');

export const cancelEvent = (supabase: Supabase, id: string, reason: string) =>
	changeEvent(supabase, id, { status: 'cancelled', cancel_reason: reason }, 'published');

/** Drafts only; RLS holds that too. */
export async function deleteDraft(supabase: Supabase, id: string): Promise<Saved> {
	const { data, error } = await supabase.from('events').delete().eq('id', id).eq('status', 'draft').select('id');
	if (error) return { errors: explainDbError(error) };
	return data?.length ? { id } : { errors: { form: e('forbidden') } };
}

/** A new draft with everything copied, the same local times some weeks later. */
export async function duplicateEvent(supabase: Supabase, id: string, weeks: number): Promise<Saved> {
	const found = await editableEvent(supabase, id);
	if (!found) return { errors: { form: e('forbidden') } };
	const { event, joinUrl } = found;
	const { startsAt, endsAt } = shiftByWeeks(event.starts_at, event.ends_at, event.time_zone, weeks);
	const copy: EventInput = {
		community_id: event.community_id,
		venue_id: event.venue_id,
		title: event.title,
		summary: event.summary,
		description: event.description,
		who_for: event.who_for,
		starts_at: startsAt,
		ends_at: endsAt,
		time_zone: event.time_zone,
		format: event.format,
		languages: event.languages,
		access: event.access,
		cost_pence: event.cost_pence,
		cost_note: event.cost_note,
		capacity: event.capacity
	};
	return saveEvent(supabase, null, copy, joinUrl);
}

export async function getVenue(supabase: Supabase, id: string) {
	const { data, error } = await supabase.from('venues').select('*').eq('id', id).maybeSingle();
	if (error) throw error;
	return data;
}

export async function saveVenue(supabase: Supabase, id: string | null, venue: VenueInput): Promise<Saved> {
	const { data, error } = id
		? await supabase.from('venues').update(venue).eq('id', id).select('id')
		: await supabase.from('venues').insert(venue).select('id');
	if (error) return { errors: explainDbError(error) };
	const saved = data?.[0]?.id;
	return saved ? { id: saved } : { errors: { form: e('forbidden') } };
}
