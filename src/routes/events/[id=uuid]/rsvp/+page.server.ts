import { error, fail, redirect } from '@sveltejs/kit';
import { googleCalendarUrl, outlookCalendarUrl } from '$lib/events/calendar';
import { calendarEvent } from '$lib/events/describe';
import { getEvent, getJoinLink } from '$lib/events/queries';
import { explainRsvpError, placesLeft, readRsvp } from '$lib/rsvp/rsvp';
import { readsOfMyRequest } from '$lib/rsvp/access-requests';
import { myRsvp, placesTaken, sendRsvp } from '$lib/rsvp/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('error.notFoundHeading'));
	const [rsvp, taken, reads] = await Promise.all([
		locals.user ? myRsvp(locals.supabase, event.id, locals.user.id) : null,
		placesTaken(locals.supabase, event.id),
		locals.user ? readsOfMyRequest(locals.supabase, event.id, locals.user.id) : []
	]);
	const joinLink = rsvp?.status === 'going' ? await getJoinLink(locals.supabase, event.id) : null;
	const entry = calendarEvent(event, url.origin, locals.t('events.card.online'));
	return {
		event: { id: event.id, title: event.title, starts_at: event.starts_at, ends_at: event.ends_at, time_zone: event.time_zone, status: event.status, format: event.format },
		rsvp,
		reads,
		placesLeft: placesLeft(event.capacity, taken),
		closed: event.status !== 'published' || new Date(event.starts_at) <= new Date(),
		signedIn: !!locals.user,
		joinLink,
		result: url.searchParams.get('result'),
		position: Number(url.searchParams.get('position')) || null,
		calendar: { google: googleCalendarUrl(entry), outlook: outlookCalendarUrl(entry) }
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		if (!locals.user) return fail(401, { errors: { status: 'rsvp.errors.signIn' }, typed: { accessRequests: '' } });
		const read = readRsvp(await request.formData());
		if (!read.ok) return fail(400, { errors: read.errors, typed: read.typed });
		const { result, error: refused } = await sendRsvp(locals.supabase, params.id, read.value);
		if (refused || !result) {
			return fail(refused?.hint === 'closed' ? 409 : 400, {
				errors: { status: explainRsvpError(refused ?? {}) },
				typed: { accessRequests: read.value.accessRequests ?? '' }
			});
		}
		const answer = result.companion_refused ? 'companion_refused' : result.status;
		const position = result.waitlist_position ? `&position=${result.waitlist_position}` : '';
		redirect(303, `/events/${params.id}/rsvp?result=${answer}${position}`);
	}
};
