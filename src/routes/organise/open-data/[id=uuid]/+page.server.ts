import { error, fail, redirect } from '@sveltejs/kit';
import { checkMapForm, readMapForm } from '$lib/opendata/map-form';
import { communityOrganisations, readPublishForm, setPublished } from '$lib/opendata/publish';
import { communityMap, saveCommunityMap } from '$lib/opendata/queries';
import { registerCommunity } from '$lib/opendata/register.server';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The community, for its coordinators only: organisers see their other pages, not this one. */
async function coordinated({ locals, params, url }: Pick<RequestEvent, 'locals' | 'params' | 'url'>, communities: { id: string; role: string }[]) {
	requireMember({ locals, url });
	const mine = communities.find((c) => c.id === params.id && c.role === 'coordinator');
	if (!mine) error(404, 'not found');
	const map = await communityMap(locals.supabase, { id: mine.id });
	if (!map) error(404, 'not found');
	return map;
}

export const load: PageServerLoad = async (event) => {
	const { communities } = await event.parent();
	const map = await coordinated(event, communities);
	return { map, organisations: await communityOrganisations(event.locals.supabase, map.id), done: event.url.searchParams.get('done') };
};

export const actions: Actions = {
	map: async (event) => {
		requireMember(event);
		const typed = readMapForm(await event.request.formData());
		const checked = checkMapForm(typed);
		if (!checked.ok) return fail(400, { typed, errors: checked.errors });
		if (!(await saveCommunityMap(event.locals.supabase, event.params.id, checked.row))) return fail(403, { refused: 'opendata.errors.coordinatorsOnly' as const });
		redirect(303, `/organise/open-data/${event.params.id}?done=saved`);
	},
	publish: async (event) => {
		requireMember(event);
		const asked = readPublishForm(await event.request.formData());
		if (!asked) return fail(400, { refused: 'opendata.errors.gone' as const });
		const refused = await setPublished(event.locals.supabase, { helper: asked.helper, published: asked.published });
		if (refused) return fail(refused === 'opendata.errors.notYours' ? 403 : 400, { refused, helper: asked.helper });
		redirect(303, `/organise/open-data/${event.params.id}?done=${asked.published ? 'published' : 'unpublished'}`);
	},
	register: async (event) => {
		requireMember(event);
		const map = await communityMap(event.locals.supabase, { id: event.params.id });
		if (!map) return fail(404, { refused: 'opendata.errors.gone' as const });
		const result = await registerCommunity(event.locals.supabase, map.slug, event.url.origin);
		if (result === 'noIndex') return fail(503, { refused: 'opendata.errors.noIndex' as const });
		return { registrations: result };
	}
};
