// Reading the directory, through the member's own session: RLS and helpers_near() decide
// what anyone may see.
import type { Database, Supabase, Tables } from '$lib/supabase';
import { pageSize, type HelperSearch } from './search';

export type NearbyHelper = Database['public']['Functions']['helpers_near']['Returns'][number];

export async function searchHelpers(
	supabase: Supabase,
	search: HelperSearch,
	origin: { latitude: number; longitude: number } | null
): Promise<NearbyHelper[]> {
	const { data, error } = await supabase.rpc('helpers_near', {
		lat: origin?.latitude,
		lng: origin?.longitude,
		radius_km: search.withinKm,
		topics: search.topics,
		skills: search.skills,
		languages: search.languages,
		modes: search.modes,
		words: search.words || undefined,
		page: search.page,
		page_size: pageSize
	});
	if (error) throw error;
	return data ?? [];
}

/** Public columns only: the grid cell is not readable through the API, and who owns a listing only by members. */
const publicColumns =
	'id, kind, community_id, display_name, summary, topics, skills, languages, modes, availability, area, address, latitude, longitude, exact_point, paused, hidden_by_coordinator, hidden_reason, imported_at, awaiting_confirmation';
const listingColumns = `user_id, ${publicColumns}` as const;

/** A listing as its page shows it; `user_id` is null for visitors who are not signed in. */
export type Listing = Omit<Tables<'helpers'>, 'cell_x' | 'cell_y' | 'created_at' | 'updated_at' | 'user_id' | 'published'> & { user_id: string | null };
export type Contact = Pick<Tables<'helper_contacts'>, 'channel' | 'value'>;
export type ShownPlace = Database['public']['Functions']['helper_place']['Returns'][number];

export interface HelperPage {
	listing: Listing;
	/** Where the map may show them: never finer than their (coarsened) cell. */
	place: ShownPlace | null;
	/** Only for signed-in members. */
	contact: Contact | null;
}

export async function getHelper(supabase: Supabase, id: string, signedIn: boolean): Promise<HelperPage | null> {
	const [listing, place, contact] = await Promise.all([
		signedIn
			? supabase.from('helpers').select(listingColumns).eq('id', id).maybeSingle()
			: supabase.from('helpers').select(publicColumns).eq('id', id).maybeSingle(),
		supabase.rpc('helper_place', { helper: id }),
		signedIn ? supabase.from('helper_contacts').select('channel, value').eq('helper_id', id).maybeSingle() : null
	]);
	if (listing.error) throw listing.error;
	if (place.error) throw place.error;
	if (contact?.error) throw contact.error;
	if (!listing.data) return null;
	return {
		listing: { user_id: null, ...listing.data },
		place: place.data[0] ?? null,
		contact: contact?.data ?? null
	};
}

/** One of the member's own listings: their person listing, or the organisation listing `id`. */
function ownRow<Columns extends string>(supabase: Supabase, userId: string, id: string | undefined, columns: Columns) {
	const mine = supabase.from('helpers').select(columns).eq('user_id', userId);
	return (id ? mine.eq('id', id).eq('kind', 'organisation') : mine.eq('kind', 'member')).maybeSingle();
}

/** Its id only: what the offer forms' actions need to change it. */
export async function ownListingId(supabase: Supabase, userId: string, id?: string): Promise<string | null> {
	const { data, error } = await ownRow(supabase, userId, id, 'id');
	if (error) throw error;
	return data?.id ?? null;
}

/** With its contact and where others see it (also while paused). */
export async function ownListing(supabase: Supabase, userId: string, id?: string): Promise<HelperPage | null> {
	const { data: listing, error } = await ownRow(supabase, userId, id, listingColumns);
	if (error) throw error;
	if (!listing) return null;
	const [contact, place] = await Promise.all([
		supabase.from('helper_contacts').select('channel, value').eq('helper_id', listing.id).maybeSingle(),
		supabase.rpc('helper_place', { helper: listing.id })
	]);
	if (contact.error) throw contact.error;
	if (place.error) throw place.error;
	return { listing, contact: contact.data, place: place.data[0] ?? null };
}

/** The organisations a member lists, by name. */
export async function myOrganisations(supabase: Supabase, userId: string) {
	const { data, error } = await supabase
		.from('helpers')
		.select('id, display_name, area, paused, hidden_by_coordinator')
		.eq('user_id', userId)
		.eq('kind', 'organisation')
		// Organisations a coordinator imported are looked after on the import page (/organise/import).
		.is('imported_at', null)
		.order('display_name');
	if (error) throw error;
	return data;
}

/** Whether the member coordinates any community (and so looks after directory reports). */
export async function isCoordinator(supabase: Supabase, userId: string): Promise<boolean> {
	const { data, error } = await supabase.from('community_members').select('role').eq('user_id', userId).eq('role', 'coordinator').eq('status', 'approved').limit(1);
	if (error) throw error;
	return (data ?? []).length > 0;
}

/** Open reports on listings the coordinator looks after, and listings they have hidden (RLS decides which). */
export async function coordinatorQueue(supabase: Supabase, userId: string) {
	const [reports, hidden] = await Promise.all([
		supabase
			.from('reports')
			.select('id, reason, note, created_at, reporter_id, helper:helpers!inner(id, display_name, hidden_by_coordinator)')
			.eq('status', 'open')
			.order('created_at'),
		supabase.from('helpers').select('id, display_name, hidden_reason').eq('hidden_by_coordinator', true).order('display_name')
	]);
	if (reports.error) throw reports.error;
	if (hidden.error) throw hidden.error;
	return {
		// A member who coordinates sees their own reports too: those are not theirs to judge.
		reports: reports.data.filter((r) => r.reporter_id !== userId),
		hidden: hidden.data
	};
}
