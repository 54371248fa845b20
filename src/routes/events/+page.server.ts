import { isNeed, type Need } from '$lib/events/access';
import { groupByDay, listMost, moreHref, placeEvents, readFilters, shownCount } from '$lib/events/filters';
import { communityFeeds } from '$lib/events/feeds';
import { listUpcoming, savedNeeds } from '$lib/events/queries';
import { rsvpStates } from '$lib/rsvp/queries';
import { lookUpPlace } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const filters = readFilters(url.searchParams);
	const lookup = filters.near ? await lookUpPlace(filters.near) : null;
	// A typed place wins over the browser's location: it is what the person sees in the form.
	const origin = lookup?.found ?? (filters.latitude !== null && filters.longitude !== null ? { latitude: filters.latitude, longitude: filters.longitude } : null);
	const mine = filters.myNeeds && locals.user ? (await savedNeeds(locals.supabase, locals.user.id)).filter(isNeed) : [];
	const needs: Need[] = [...new Set([...mine, ...filters.needs])];
	const count = shownCount(url.searchParams);
	// With nothing for the page to filter, the database sends only the events shown (and the
	// next, where "show more" leads).
	const asked = !needs.length && !origin && !filters.from && !filters.to;
	const { events, total } = await listUpcoming(locals.supabase, filters, asked ? count + 1 : undefined);
	const placed = placeEvents(events, filters, needs, origin);
	const days = groupByDay(placed.slice(0, count));
	const shown = days.flatMap((d) => d.events.map((e) => e.event.id));
	return {
		total: asked ? total : placed.length,
		shown: shown.length,
		more: placed.length > count && count < listMost ? moreHref(url, count, placed[count].event.id) : null,
		filters,
		signedIn: !!locals.user,
		needs,
		suggestions: lookup && !lookup.found ? lookup.suggestions : null,
		located: !!origin,
		days,
		rsvps: await rsvpStates(locals.supabase, shown, locals.user?.id ?? null),
		calendars: await communityFeeds(locals.supabase, url.origin, (name) => locals.t('calendarFeeds.communityName', { name })),
		now: Date.now()
	};
};
