// Reading what is published, through the caller's own session: public.open_organisations()
// returns published, listed organisations only, and only their published fields.
import type { Supabase } from '$lib/supabase';
import type { LicenceId } from './licences';
import type { OpenOrganisation } from './organisations';

export async function publishedOrganisations(supabase: Supabase, { community, page = 1, size = 100 }: { community?: string; page?: number; size?: number } = {}) {
	const { data, error } = await supabase.rpc('open_organisations', { community, page, page_size: size });
	if (error) throw error;
	return data as OpenOrganisation[];
}

export async function publishedCount(supabase: Supabase, community?: string) {
	const { data, error } = await supabase.rpc('open_organisation_count', { community });
	if (error) throw error;
	return data;
}

/** Every published organisation (of one community), a thousand at a time. */
export async function allPublished(supabase: Supabase, community?: string) {
	const all: OpenOrganisation[] = [];
	for (let page = 1; ; page++) {
		const rows = await publishedOrganisations(supabase, { community, page, size: 1000 });
		all.push(...rows);
		if (rows.length < 1000) return all;
	}
}

/** One published organisation, or null when it is not (or no longer) published. */
export async function publishedOrganisation(supabase: Supabase, id: string) {
	const { data, error } = await supabase.rpc('open_organisations', { listing: id });
	if (error) throw error;
	return (data[0] as OpenOrganisation | undefined) ?? null;
}

export interface CommunityMap {
	id: string;
	slug: string;
	name: string;
	map_licence: LicenceId;
	map_includes: string;
	map_decided_by: string;
	map_corrections: string;
}

const mapColumns = 'id, slug, name, map_licence, map_includes, map_decided_by, map_corrections';

export async function communityMaps(supabase: Supabase): Promise<CommunityMap[]> {
	const { data, error } = await supabase.from('communities').select(mapColumns).order('name');
	if (error) throw error;
	return data;
}

export async function communityMap(supabase: Supabase, by: { slug: string } | { id: string }): Promise<CommunityMap | null> {
	const query = supabase.from('communities').select(mapColumns);
	const { data, error } = await ('slug' in by ? query.eq('slug', by.slug) : query.eq('id', by.id)).maybeSingle();
	if (error) throw error;
	return data;
}

/** Coordinators only (RLS): false when the update touched nothing. */
export async function saveCommunityMap(
	supabase: Supabase,
	communityId: string,
	row: Pick<CommunityMap, 'map_licence' | 'map_includes' | 'map_decided_by' | 'map_corrections'>
) {
	const { data, error } = await supabase.from('communities').update(row).eq('id', communityId).select('id');
	if (error) throw error;
	return data.length > 0;
}
