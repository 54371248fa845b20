// Writing a member's own listing and contact, through their session (RLS holds the rules).
import type { Supabase } from '$lib/supabase';
import type { Contact } from './queries';
import type { ListingKind, OfferRow } from './offer';

export type ListingRefusal = 'directory.errors.organisationLimit' | 'directory.errors.saveFailed';

/**
 * Saves a listing and its contact in one transaction (save_listing); gives its id, or a
 * translation key when the database refuses, so the form shows it with what was typed.
 */
export async function saveListing(
	supabase: Supabase,
	kind: ListingKind,
	existing: string | null,
	row: OfferRow,
	contact: Contact
): Promise<{ id: string } | { refused: ListingRefusal } | { areaMovesFrom: string }> {
	const { data, error } = await supabase.rpc('save_listing', { listing: existing, fields: { ...row, kind }, contact });
	if (error?.hint === 'organisation_limit') return { refused: 'directory.errors.organisationLimit' };
	// An area moves at most once a day; the database says from when it can move again.
	const movesFrom = error?.hint === 'area_moved' ? new Date(error.details) : null;
	if (movesFrom && !Number.isNaN(movesFrom.getTime())) return { areaMovesFrom: movesFrom.toISOString() };
	if (error) return { refused: 'directory.errors.saveFailed' };
	return { id: data };
}

/** Takes a listing out of the directory for good, with its contact (RLS: owners only). */
export async function removeListing(supabase: Supabase, id: string) {
	const { error } = await supabase.from('helpers').delete().eq('id', id);
	if (error) throw error;
}

export async function setPaused(supabase: Supabase, id: string, paused: boolean) {
	const { error } = await supabase.from('helpers').update({ paused }).eq('id', id);
	if (error) throw error;
}

export async function reportListing(supabase: Supabase, helperId: string, reason: string, note: string) {
	const { error } = await supabase.from('reports').insert({ helper_id: helperId, reason, note });
	if (error) throw error;
}

/**
 * Coordinators only; the database checks, and closes the listing's open reports. Its
 * refusals (no such listing, not theirs to look after) come back as a status to answer with.
 */
export async function setHidden(supabase: Supabase, helperId: string, hidden: boolean, reason: string): Promise<404 | 403 | null> {
	const { error } = await supabase.rpc('set_helper_hidden', { helper: helperId, hidden, reason });
	if (!error) return null;
	if (error.code === 'PT404') return 404;
	if (error.code === '42501') return 403;
	throw error;
}
