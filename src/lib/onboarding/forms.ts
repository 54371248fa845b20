// Reading the welcome steps' forms. Anything not on the lists is dropped, never saved.
import { isNeed, type Need } from '$lib/events/access';
import type { Place } from '$lib/places/match';
import { isTopic, type Topic } from '$lib/profile/topics';

export const readTopics = (form: FormData, name: string): Topic[] => [...new Set(form.getAll(name).filter(isTopic))];
export const readNeeds = (form: FormData): Need[] => [...new Set(form.getAll('need').filter(isNeed))];

export function readCommunity(form: FormData, known: string[]): string | null {
	const id = form.get('community');
	return typeof id === 'string' && known.includes(id) ? id : null;
}

export type AreaError = 'profile.errors.areaTooLong' | 'profile.errors.areaUnknown';
export type AreaCheck = { ok: true; area: string } | { ok: false; error: AreaError; suggestions: string[] };

type Lookup = (text: string) => { found: Place } | { found: null; suggestions: string[] };

/**
 * An area is optional and coarse: what is kept is the town or postcode district the
 * gazetteer knows ("BS5", "Bristol"), never the full postcode or an address.
 */
export function checkArea(typed: string, find: Lookup): AreaCheck {
	const text = typed.trim();
	if (!text) return { ok: true, area: '' };
	if (text.length > 80) return { ok: false, error: 'profile.errors.areaTooLong', suggestions: [] };
	const result = find(text);
	if (!result.found) return { ok: false, error: 'profile.errors.areaUnknown', suggestions: result.suggestions };
	return { ok: true, area: result.found.name };
}
