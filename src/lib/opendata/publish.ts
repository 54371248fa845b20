// Putting an organisation on its community's open map, or taking it off, through the
// caller's session: set_helper_published() decides who may (its owner, or a coordinator of
// its community) and refuses members' listings whoever asks.
import * as v from 'valibot';
import type { Supabase } from '$lib/supabase';

export type PublishRefusal = 'opendata.errors.notYours' | 'opendata.errors.gone' | 'opendata.errors.membersNever' | 'opendata.errors.noCommunity';

const publishForm = v.object({
	helper: v.pipe(v.string(), v.uuid()),
	published: v.picklist(['true', 'false']),
	community: v.optional(v.pipe(v.string(), v.uuid()))
});

export interface PublishAsked {
	helper: string;
	published: boolean;
	/** For a listing in no community: the owner's community to publish it on. */
	community?: string;
}

/** Which listing, and on or off; null when the form was tampered with. */
export function readPublishForm(form: FormData): PublishAsked | null {
	const parsed = v.safeParse(publishForm, { helper: form.get('helper'), published: form.get('published'), community: form.get('community') || undefined });
	return parsed.success ? { helper: parsed.output.helper, published: parsed.output.published === 'true', community: parsed.output.community } : null;
}

export async function setPublished(supabase: Supabase, { helper, published, community }: PublishAsked): Promise<PublishRefusal | null> {
	const { error } = await supabase.rpc('set_helper_published', { helper, published, community });
	if (!error) return null;
	if (error.code === 'PT404') return 'opendata.errors.gone';
	if (error.hint === 'no_community') return 'opendata.errors.noCommunity';
	if (error.code === '23514') return 'opendata.errors.membersNever';
	if (error.code === '42501') return 'opendata.errors.notYours';
	throw error;
}

export interface PublishState {
	published: boolean;
	listed: boolean;
	community: { slug: string; name: string; licence: string } | null;
	/** For a listing in no community: the communities its owner could publish it on. */
	choices: { id: string; name: string }[];
}

/** Whether a listing is published, and on which community's map (RLS: who may read it). */
export async function publishState(supabase: Supabase, id: string, userId: string): Promise<PublishState | null> {
	const { data, error } = await supabase
		.from('helpers')
		.select('published, paused, hidden_by_coordinator, community:communities(slug, name, map_licence)')
		.eq('id', id)
		.maybeSingle();
	if (error) throw error;
	if (!data) return null;
	const c = data.community;
	let choices: PublishState['choices'] = [];
	if (!c) {
		const mine = await supabase.from('community_members').select('community:communities(id, name)').eq('user_id', userId).eq('status', 'approved');
		if (mine.error) throw mine.error;
		choices = mine.data.flatMap((m) => (m.community ? [m.community] : []));
	}
	return {
		published: data.published,
		listed: !data.paused && !data.hidden_by_coordinator,
		community: c ? { slug: c.slug, name: c.name, licence: c.map_licence } : null,
		choices
	};
}

/** A community's organisations, published or not, for its coordinators (RLS: they read them all). */
export async function communityOrganisations(supabase: Supabase, communityId: string) {
	const { data, error } = await supabase
		.from('helpers')
		.select('id, display_name, published, paused, hidden_by_coordinator')
		.eq('community_id', communityId)
		.eq('kind', 'organisation')
		// Imported listings waiting for confirmation are looked after at /organise/import, and
		// cannot be published before they are confirmed.
		.eq('awaiting_confirmation', false)
		.order('display_name');
	if (error) throw error;
	return data;
}
