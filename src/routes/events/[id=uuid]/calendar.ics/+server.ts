import { error } from '@sveltejs/kit';
import { toIcs } from '$lib/events/calendar';
import { calendarEvent } from '$lib/events/describe';
import { myReminderMinutes } from '$lib/events/feeds';
import { getEvent } from '$lib/events/queries';
import { calendarResponse } from '$lib/server/calendar-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('events.page.notFound'));
	const reminderMinutes = await myReminderMinutes(locals.supabase, locals.user?.id);
	const ics = toIcs([calendarEvent(event, url.origin, locals.t('events.card.online'))], { name: event.title, reminderMinutes });
	// Private: the reminder is the member's own choice.
	return calendarResponse(ics, `hearth-event-${event.id}.ics`, 'private, max-age=0');
};
