// What is published of an organisation (public.open_organisations(), migration
// 20261203150000_open_data.sql): the only shape every feed is made from.
import type { Mode, Skill, Topic } from '$lib/directory/choices';

export interface OpenOrganisation {
	id: string;
	community_slug: string;
	community_name: string;
	licence: string;
	name: string;
	summary: string;
	topics: Topic[];
	skills: Skill[];
	languages: string[];
	modes: Mode[];
	availability: string;
	area: string;
	address: string;
	/** Only where the organisation gave an exact public address. */
	latitude: number | null;
	longitude: number | null;
	/** Its contact, only when it is an email address or a web page. */
	email: string | null;
	link: string | null;
	updated_at: string;
}

/** Hearth is a UK directory: places are found by UK towns and postcodes. */
export const country = 'GB';

/** Its page on Hearth, the URL every feed names it by. */
export const pageUrl = (origin: string, id: string) => `${origin}/near-me/${id}`;

/** A topic or skill key as plain words ("mental-health" → "mental health"). */
export const asWords = (key: string) => key.replace(/[-_]+/g, ' ');
