import { error, fail } from '@sveltejs/kit';
import { reportReasons } from '$lib/directory/choices';
import { getHelper } from '$lib/directory/queries';
import { scriptJson } from '$lib/events/jsonld';
import { organisationJsonLd } from '$lib/opendata/jsonld';
import { publishedOrganisation } from '$lib/opendata/queries';
import { reportListing } from '$lib/directory/save';
import { typedText } from '$lib/forms/typed';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const helper = await getHelper(locals.supabase, params.id, !!locals.user);
	if (!helper) error(404, 'not found');
	// An organisation that chose to be published carries its open data: schema.org/Organization.
	const published = helper.listing.kind === 'organisation' ? await publishedOrganisation(locals.supabase, params.id) : null;
	const jsonLd = published ? scriptJson(organisationJsonLd(published, url.origin)) : null;
	return { ...helper, jsonLd, signedIn: !!locals.user, mine: helper.listing.user_id === locals.user?.id };
};

export const actions: Actions = {
	report: async ({ params, request, locals, url }) => {
		requireMember({ locals, url });
		const form = await request.formData();
		const reason = String(form.get('reason') ?? '');
		const note = typedText(form, 'note').trim();
		if (!(reportReasons as readonly string[]).includes(reason)) {
			return fail(400, { report: { reason, note, error: 'directory.errors.reasonMissing' as const } });
		}
		if (note.length > 1000) return fail(400, { report: { reason, note, error: 'directory.errors.noteTooLong' as const } });
		await reportListing(locals.supabase, params.id, reason, note);
		return { reported: true };
	}
};
