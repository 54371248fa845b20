import { fail, redirect } from '@sveltejs/kit';
import { chosenRows, summarise } from '$lib/import/check';
import { readDuplicatesChoice } from '$lib/import/forms';
import { confirmImport, discardImport, stagedImport } from '$lib/import/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** Rows on one page of the preview: a file of 1,000 rows is read a page at a time. */
const perPage = 50;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const staged = await stagedImport(locals.supabase, params.id);
	if (!staged) return { staged: null };
	const pages = Math.max(1, Math.ceil(staged.rows.length / perPage));
	const page = Math.min(Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1)), pages);
	return {
		staged: {
			id: staged.id,
			communityName: staged.communityName,
			fileName: staged.fileName,
			format: staged.format,
			summary: summarise(staged.rows),
			unreadable: staged.rows.some((r) => r.problems.some((p) => p.key === 'unreadable')),
			rows: staged.rows.slice((page - 1) * perPage, page * perPage)
		},
		page,
		pages
	};
};

export const actions: Actions = {
	add: async (event) => {
		requireMember(event);
		const withDuplicates = readDuplicatesChoice(await event.request.formData());
		if (withDuplicates === null) return fail(400, { refused: 'import.errors.failed' as const });
		const staged = await stagedImport(event.locals.supabase, event.params.id);
		if (!staged) return fail(409, { refused: 'import.errors.gone' as const });
		const confirmed = await confirmImport(event.locals.supabase, staged.id, chosenRows(staged.rows, withDuplicates));
		if ('refused' in confirmed) return fail(confirmed.refused === 'gone' ? 409 : 403, { refused: confirmed.refused === 'gone' ? ('import.errors.gone' as const) : ('organise.errors.forbidden' as const) });
		redirect(303, `/organise/import?done=added&added=${confirmed.added}`);
	},
	discard: async (event) => {
		requireMember(event);
		await discardImport(event.locals.supabase, event.params.id);
		redirect(303, '/organise/import?done=discarded');
	}
};
