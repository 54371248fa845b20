import { error } from '@sveltejs/kit';
import { toIcs } from '$lib/events/calendar';
import { getEvent } from '$lib/events/queries';
import { calendarEvent } from '$lib/events/describe';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('events.page.notFound'));
	return new Response(toIcs(calendarEvent(event, url.origin, locals.t('events.card.online'))), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="hearth-event-${event.id}.ics"`
		}
	});
};
