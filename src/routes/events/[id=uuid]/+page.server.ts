import { error } from '@sveltejs/kit';
import { isNeed, type Need } from '$lib/events/access';
import { googleCalendarUrl, outlookCalendarUrl } from '$lib/events/calendar';
import { calendarEvent } from '$lib/events/describe';
import { eventJsonLd, factNamer, scriptJson } from '$lib/events/jsonld';
import { getEvent, getJoinLink, savedNeeds } from '$lib/events/queries';
import { placesLeft } from '$lib/rsvp/rsvp';
import { feedbackWindow } from '$lib/feedback/feedback';
import { myRsvp, placesTaken } from '$lib/rsvp/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	// RLS hides drafts from everyone but the community's organisers.
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('events.page.notFound'));
	const online = event.format !== 'in_person';
	const [link, saved, rsvp, taken] = await Promise.all([
		online ? getJoinLink(locals.supabase, event.id) : null,
		locals.user ? savedNeeds(locals.supabase, locals.user.id) : ([] as string[]),
		locals.user ? myRsvp(locals.supabase, event.id, locals.user.id) : null,
		placesTaken(locals.supabase, event.id)
	]);
	const asked = url.searchParams.getAll('need').filter(isNeed);
	const needs: Need[] = [...new Set([...saved.filter(isNeed), ...asked])];
	// Made here, to keep the page's JavaScript small: the calendar module carries the .ics library.
	const entry = calendarEvent(event, url.origin, locals.t('events.card.online'));
	const calendar = { ics: `/events/${event.id}/calendar.ics`, google: googleCalendarUrl(entry), outlook: outlookCalendarUrl(entry) };
	const jsonLd = scriptJson(eventJsonLd(event, { url: entry.url, origin: url.origin, taken, factName: factNamer(locals.t) }));
	// The event page may be kept for offline use: the member's access request stays on their RSVP page.
	const rsvpState = {
		rsvp: rsvp && { ...rsvp, access_requests: '' },
		requestKept: !!rsvp?.access_requests,
		placesLeft: placesLeft(event.capacity, taken),
		closed: event.status !== 'published' || new Date(event.starts_at) <= new Date(),
		signedIn: !!locals.user
	};
	const feedbackOpen = !!rsvp && rsvp.status !== 'cancelled' && feedbackWindow(event.ends_at) === 'open';
	return { event, link, needs, calendar, jsonLd, rsvpState, feedbackOpen };
};
