import { error } from '@sveltejs/kit';
import { toIcs } from '$lib/events/calendar';
import { communityFeed } from '$lib/events/feeds';
import { calendarResponse } from '$lib/server/calendar-response';
import type { RequestHandler } from './$types';

// Public: a calendar app subscribes with no session, so this reads as anyone would.
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const feed = await communityFeed(locals.supabase, params.slug, url.origin, locals.t('events.card.online'));
	if (!feed) error(404, locals.t('calendarFeeds.notFound'));
	const ics = toIcs(feed.events, { name: locals.t('calendarFeeds.communityName', { name: feed.name }) });
	return calendarResponse(ics, `hearth-${params.slug}.ics`, 'public, max-age=900');
};
