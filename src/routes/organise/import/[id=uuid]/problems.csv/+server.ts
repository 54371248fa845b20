import { error } from '@sveltejs/kit';
import type { SayWithValues } from '$lib/import/check';
import { stagedImport } from '$lib/import/queries';
import { toCsv } from '$lib/csv';
import { requireMember } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The rows that cannot be added, with their problems in the coordinator's words: to fix and upload again. */
export const GET: RequestHandler = async (event) => {
	requireMember(event);
	const staged = await stagedImport(event.locals.supabase, event.params.id);
	if (!staged) error(404, 'Not found');
	const t = event.locals.t;
	const say = t as unknown as SayWithValues;
	const csv = toCsv(
		[t('import.csv.row'), t('import.csv.name'), t('import.csv.problems')],
		staged.rows.filter((r) => r.problems.length).map((r) => [r.line, r.name, r.problems.map((p) => say(`import.problems.${p.key}`, p.values ?? {})).join(' ')])
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="import-problems-${staged.id}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
