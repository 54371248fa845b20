// The offer forms' actions, shared by a person's own listing and organisations' listings:
// read, check (placing the area, online when a geocoder is set up), save through the
// member's session, and answer failures with what was typed and messages by field.
import { fail } from '@sveltejs/kit';
import type { Supabase } from '$lib/supabase';
import { checkOffer, readOfferForm, type ListingKind, type OfferError, type OfferField } from '$lib/directory/offer';
import { removeListing, saveListing, setPaused } from '$lib/directory/save';
import { lookUpPlace } from '$lib/server/places';

export async function saveOffer(supabase: Supabase, form: FormData, kind: ListingKind, existing: string | null) {
	const typed = readOfferForm(form);
	const checked = await checkOffer(typed, kind, lookUpPlace);
	if (!checked.ok) return fail(400, { typed, errors: checked.errors, suggestions: checked.suggestions });
	const saved = await saveListing(supabase, kind, existing, checked.row, checked.contact);
	if ('refused' in saved) return fail(400, { typed, errors: {}, suggestions: [], refused: saved.refused });
	if ('areaMovesFrom' in saved) {
		const errors: Partial<Record<OfferField, OfferError>> = { area: 'directory.errors.areaMoved' };
		return fail(400, { typed, errors, suggestions: [], areaMovesFrom: saved.areaMovesFrom });
	}
	return saved;
}

export async function pauseOffer(supabase: Supabase, form: FormData, id: string) {
	const paused = form.get('paused') === 'true';
	await setPaused(supabase, id, paused);
	return { paused };
}

/** Removing needs the box ticked: a listing and its contact go for good. */
export async function removeOffer(supabase: Supabase, form: FormData, id: string) {
	if (form.get('confirm') !== 'yes') return fail(400, { removeError: 'directory.errors.confirmRemove' as const });
	await removeListing(supabase, id);
	return null;
}
