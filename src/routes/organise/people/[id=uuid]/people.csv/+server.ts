import { readAccessRequests } from '$lib/rsvp/access-requests';
import { toCsv } from '$lib/csv';
import { loadPeople } from '../load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (request) => {
	const { event, people, hosting } = await loadPeople(request);
	const t = request.locals.t;
	// Only the event's hosts get its access requests, each one logged for its member.
	const read = hosting ? await readAccessRequests(request.locals.supabase, event.id) : null;
	const requests = read?.requests ?? null;
	const csv = toCsv(
		[t('people.name'), t('people.status'), t('people.companion'), ...(requests ? [t('people.accessRequests')] : []), t('people.answered')],
		people.map((p) => [
			p.profile?.display_name || t('people.noName'),
			t(`people.statuses.${p.status}` as 'people.statuses.going'),
			p.companion ? t('access.values.yes') : t('access.values.no'),
			...(requests ? [requests.get(p.user_id) ?? ''] : []),
			p.created_at
		])
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="people-${event.id}.csv"`,
			// Personal data: never kept by the browser or anything in between.
			'cache-control': 'private, no-store'
		}
	});
};
