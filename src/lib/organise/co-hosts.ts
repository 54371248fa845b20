// Co-hosts: the organisers an event names besides its creator. With the creator, they are
// its hosts, the only people who read its access requests (each read logged for the member).
import { isUuid } from '$lib/forms/typed';
import type { Supabase } from '$lib/supabase';
import { e, type Checked, type FormValues } from './form';

export interface CoHostChoice {
	id: string;
	name: string;
	/** The communities they organise in, among the ones shown; named when there are several. */
	communities: string[];
}

/** Everyone who may be named co-host in these communities (their organisers and coordinators), but `creator`. */
export async function coHostChoices(supabase: Supabase, communities: { id: string; name: string }[], creator: string | null): Promise<CoHostChoice[]> {
	if (!communities.length) return [];
	const { data, error } = await supabase
		.from('community_members')
		.select('user_id, community_id')
		.in('community_id', communities.map((c) => c.id))
		.in('role', ['organiser', 'coordinator']);
	if (error) throw error;
	const people = data.filter((m) => m.user_id !== creator);
	const { data: profiles } = people.length
		? await supabase.from('profiles').select('id, display_name').in('id', [...new Set(people.map((m) => m.user_id))])
		: { data: [] };
	return groupChoices(people, profiles ?? [], communities);
}

/** One choice per person, named, with the communities they organise in; sorted by name. */
export function groupChoices(
	members: { user_id: string; community_id: string }[],
	profiles: { id: string; display_name: string }[],
	communities: { id: string; name: string }[]
): CoHostChoice[] {
	const names = new Map(profiles.map((p) => [p.id, p.display_name]));
	const communityName = new Map(communities.map((c) => [c.id, c.name]));
	const byPerson = new Map<string, CoHostChoice>();
	for (const m of members) {
		const choice = byPerson.get(m.user_id) ?? { id: m.user_id, name: names.get(m.user_id) ?? '', communities: [] };
		choice.communities.push(communityName.get(m.community_id) ?? '');
		byPerson.set(m.user_id, choice);
	}
	return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The co-hosts an event names. */
export async function coHostsOf(supabase: Supabase, eventId: string): Promise<string[]> {
	const { data, error } = await supabase.from('event_hosts').select('user_id').eq('event_id', eventId);
	if (error) throw error;
	return data.map((h) => h.user_id);
}

/** Is this member hosting the event? (The database asks again whenever it matters.) */
export async function isHosting(supabase: Supabase, eventId: string, userId: string): Promise<boolean> {
	const [{ data: event, error }, coHosts] = await Promise.all([supabase.from('events').select('created_by').eq('id', eventId).maybeSingle(), coHostsOf(supabase, eventId)]);
	if (error) throw error;
	return hosts(userId, event?.created_by ?? null, coHosts);
}

/** Hosting: the event's creator or one of its co-hosts (the database also asks that they still organise there). */
export const hosts = (userId: string, createdBy: string | null, coHosts: readonly string[]) => createdBy === userId || coHosts.includes(userId);

/**
 * The co-hosts ticked in the event form. The form always sends an empty `coHosts` with the
 * boxes, so none ticked means "nobody"; null when the form had no co-host field at all (it
 * is shown to hosts only), so the co-hosts stay as they are.
 */
export function readCoHosts(values: FormValues): Checked<string[] | null> {
	if (!('coHosts' in values)) return { ok: true, value: null };
	const ids = [...new Set(values.coHosts.split(',').filter(Boolean))];
	return ids.every(isUuid) ? { ok: true, value: ids } : { ok: false, errors: { coHosts: e('coHostsInvalid') } };
}
