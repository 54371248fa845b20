// The near-me search, read from the URL so it works without JavaScript and can be shared.
import { cleanTyped } from '$lib/forms/typed';
import { distances, languageCodes, modeKeys, pick, skillKeys, topicKeys, type Mode, type Skill, type Topic } from './choices';

export interface HelperSearch {
	/** What the person typed for "near", kept to show back. */
	near: string;
	/** From the browser's location, already rounded to 2 decimals by the page. */
	latitude: number | null;
	longitude: number | null;
	withinKm: number;
	topics: Topic[];
	skills: Skill[];
	languages: string[];
	modes: Mode[];
	words: string;
	page: number;
}

export const defaultKm = 10;
export const pageSize = 20;

function coordinate(value: string | null, limit: number) {
	if (value === null || value.trim() === '') return null;
	const n = Number(value);
	// Never more precise than 2 decimals (~1 km), whatever was sent.
	return Number.isFinite(n) && Math.abs(n) <= limit ? Math.round(n * 100) / 100 : null;
}

export function readSearch(params: URLSearchParams): HelperSearch {
	const latitude = coordinate(params.get('lat'), 90);
	const longitude = coordinate(params.get('lng'), 180);
	const located = latitude !== null && longitude !== null;
	const within = Number(params.get('within'));
	const page = Number(params.get('page'));
	return {
		near: cleanTyped(params.get('near') ?? '').trim().slice(0, 80),
		latitude: located ? latitude : null,
		longitude: located ? longitude : null,
		withinKm: (distances as readonly number[]).includes(within) ? within : defaultKm,
		topics: pick(topicKeys, params.getAll('topic')),
		skills: pick(skillKeys, params.getAll('skill')),
		languages: pick(languageCodes, params.getAll('language')),
		modes: pick(modeKeys, params.getAll('mode')),
		words: cleanTyped(params.get('q') ?? '').trim().slice(0, 100),
		page: Number.isInteger(page) && page > 1 && page < 1000 ? page : 1
	};
}

/** The same search on another page of results. */
export function pageHref(url: URL, page: number): string {
	const next = new URL(url);
	if (page > 1) next.searchParams.set('page', String(page));
	else next.searchParams.delete('page');
	return `${next.pathname}${next.search}`;
}
