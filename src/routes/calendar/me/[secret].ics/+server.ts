import { error } from '@sveltejs/kit';
import { toIcs } from '$lib/events/calendar';
import { memberFeed } from '$lib/events/feeds';
import { calendarResponse } from '$lib/server/calendar-response';
import { serviceRole } from '$lib/server/service-role';
import type { RequestHandler } from './$types';

// The address is the key: whoever holds it reads the feed, session or not (calendar apps
// have none), through the app's server alone (the service role: no visitor's role may read
// by secret). A reset address answers 404, so the app stops asking.
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const feed = /^[0-9a-f]{64}$/.test(params.secret) ? await memberFeed(serviceRole(), params.secret, url.origin, locals.t('events.card.online')) : null;
	if (!feed) error(404, locals.t('calendarFeeds.notFound'));
	const ics = toIcs(feed.events, { name: locals.t('calendarFeeds.myName'), reminderMinutes: feed.reminderMinutes });
	return calendarResponse(ics, 'hearth-my-events.ics', 'private, no-store');
};
