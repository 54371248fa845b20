// Imports through the coordinator's own session: row-level security and the functions in
// supabase/migrations/20261203170000_organisation_import.sql hold the rules (only the
// coordinator who uploaded reads or confirms an import; only its community gets the rows).
import type { Database, Supabase } from '$lib/supabase';
import type { ImportRow } from './check';
import type { ExistingOrganisation } from './duplicates';
import type { ImportFormat } from './read';

/** At most this many listings waiting for confirmation are shown at once. */
export const waitingShown = 50;

/** Organisations the community already lists, hidden and waiting ones too, to find duplicates among. */
export async function communityOrganisations(supabase: Supabase, communityId: string): Promise<ExistingOrganisation[]> {
	const { data, error } = await supabase
		.from('helpers')
		.select('id, display_name, area, latitude, longitude')
		.eq('community_id', communityId)
		.eq('kind', 'organisation')
		.limit(10_000);
	if (error) throw error;
	return data;
}

export async function stageImport(supabase: Supabase, communityId: string, format: ImportFormat, fileName: string, rows: ImportRow[]) {
	const { data, error } = await supabase
		.from('organisation_imports')
		.insert({ community_id: communityId, format, file_name: fileName.slice(0, 200), rows: rows as unknown as Database['public']['Tables']['organisation_imports']['Insert']['rows'] })
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

export interface StagedImport {
	id: string;
	communityId: string;
	communityName: string;
	format: ImportFormat;
	fileName: string;
	rows: ImportRow[];
}

/** The import, for the coordinator who uploaded it; null for anyone else, or once used or expired. */
export async function stagedImport(supabase: Supabase, id: string): Promise<StagedImport | null> {
	const { data, error } = await supabase
		.from('organisation_imports')
		.select('id, community_id, format, file_name, rows, community:communities(name)')
		.eq('id', id)
		.maybeSingle();
	if (error) throw error;
	if (!data) return null;
	return {
		id: data.id,
		communityId: data.community_id,
		communityName: data.community?.name ?? '',
		format: data.format as ImportFormat,
		fileName: data.file_name,
		rows: data.rows as unknown as ImportRow[]
	};
}

export async function discardImport(supabase: Supabase, id: string) {
	const { error } = await supabase.from('organisation_imports').delete().eq('id', id);
	if (error) throw error;
}

/** Writes the chosen rows; how many, or why not. */
export async function confirmImport(supabase: Supabase, id: string, chosen: number[]): Promise<{ added: number } | { refused: 'gone' | 'forbidden' }> {
	const { data, error } = await supabase.rpc('confirm_organisation_import', { import: id, chosen });
	if (error?.code === 'PT404') return { refused: 'gone' };
	if (error?.code === '42501') return { refused: 'forbidden' };
	if (error) throw error;
	return { added: data };
}

/** Imported listings not yet confirmed, in the communities given (RLS: those the member coordinates), oldest first. */
export async function awaitingConfirmation(supabase: Supabase, communityIds: string[]) {
	const { data, error, count } = await supabase
		.from('helpers')
		.select('id, user_id, community_id, display_name, area, imported_at', { count: 'exact' })
		.in('community_id', communityIds)
		.eq('awaiting_confirmation', true)
		.order('created_at')
		.order('id')
		.limit(waitingShown);
	if (error) throw error;
	return { listings: data, total: count ?? data.length };
}

export async function confirmListing(supabase: Supabase, id: string): Promise<'gone' | 'forbidden' | null> {
	const { error } = await supabase.rpc('confirm_imported_listing', { listing: id });
	if (!error) return null;
	if (error.code === 'PT404') return 'gone';
	if (error.code === '42501') return 'forbidden';
	throw error;
}

/** Imported listings waiting for confirmation, per community the member coordinates (RLS). */
export async function unconfirmedCounts(supabase: Supabase, communityIds: string[]) {
	const counts = new Map<string, number>();
	if (!communityIds.length) return counts;
	const { data, error } = await supabase.from('helpers').select('community_id').in('community_id', communityIds).eq('awaiting_confirmation', true);
	if (error) throw error;
	for (const { community_id } of data) if (community_id) counts.set(community_id, (counts.get(community_id) ?? 0) + 1);
	return counts;
}
