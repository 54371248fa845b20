// Subscribable calendars: a community's published events for anyone, and a member's own
// events for whoever holds the feed's secret (a calendar app asks with no session).
import type { Supabase } from '$lib/supabase';
import { subscribeLinks, type CalendarEvent } from './calendar';
import { venueLine } from './describe';
import { communityBySlug } from './queries';

/** From 30 days back: a calendar keeps recent events, and learns of late cancellations. */
const since = (now: Date) => new Date(now.getTime() - 30 * 86_400_000).toISOString();

const feedColumns = 'id, title, summary, starts_at, ends_at, time_zone, status, sequence, updated_at, venue:venues(name, address, town, postcode)';

interface FeedRow {
	id: string;
	title: string;
	summary: string;
	starts_at: string;
	ends_at: string;
	time_zone: string;
	status: string;
	sequence: number;
	updated_at: string;
}

function entry(row: FeedRow, venue: { name: string; address: string; town: string; postcode: string } | null, origin: string, online: string): CalendarEvent {
	return {
		id: row.id,
		title: row.title,
		summary: row.summary,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		timeZone: row.time_zone,
		// Feeds carry only what anyone may see: published, or cancelled (so calendars mark it).
		status: row.status === 'cancelled' ? 'cancelled' : 'published',
		location: venue ? venueLine(venue) : online,
		url: `${origin}/events/${row.id}`,
		sequence: row.sequence,
		updatedAt: row.updated_at
	};
}

/** A community's feed; null when there is no such community. At most 1,000 events. */
export async function communityFeed(supabase: Supabase, slug: string, origin: string, online: string, now = new Date()) {
	const community = await communityBySlug(supabase, slug);
	if (!community) return null;
	const { data, error } = await supabase
		.from('events')
		.select(feedColumns)
		.eq('community_id', community.id)
		.in('status', ['published', 'cancelled'])
		.gte('ends_at', since(now))
		.order('starts_at')
		.limit(1000);
	if (error) throw error;
	return { name: community.name, events: data.map((row) => entry(row, row.venue, origin, online)) };
}

/** A member's own feed, by its secret; null when no feed has that secret. */
export async function memberFeed(supabase: Supabase, secret: string, origin: string, online: string) {
	const { data: known } = await supabase.rpc('calendar_feed_known', { secret });
	if (!known) return null;
	const { data, error } = await supabase.rpc('calendar_feed_events', { secret });
	if (error) throw error;
	const venue = (row: (typeof data)[number]) =>
		row.venue_name === null ? null : { name: row.venue_name, address: row.venue_address ?? '', town: row.venue_town ?? '', postcode: row.venue_postcode ?? '' };
	return { events: data.map((row) => entry(row, venue(row), origin, online)), reminderMinutes: data[0]?.reminder_minutes ?? null };
}

/** The signed-in member's feed secret, made on first use; `reset` gives a new one. */
export async function myFeedSecret(supabase: Supabase, reset = false) {
	const { data, error } = await supabase.rpc('my_calendar_feed', { reset });
	if (error) throw error;
	return data;
}

/** A member's chosen reminder for calendar entries (minutes before), or null for none. */
export async function myReminderMinutes(supabase: Supabase, userId: string | undefined) {
	if (!userId) return 1440;
	const { data } = await supabase.from('member_private').select('calendar_reminder_minutes').eq('user_id', userId).maybeSingle();
	return data ? data.calendar_reminder_minutes : 1440;
}

export async function saveReminderMinutes(supabase: Supabase, userId: string, minutes: number | null) {
	const { error } = await supabase.from('member_private').update({ calendar_reminder_minutes: minutes }).eq('user_id', userId);
	if (error) throw error;
}

/** Where a member's feed lives: the secret is the whole key, so this is shown only to them. */
export const memberFeedUrl = (origin: string, secret: string) => `${origin}/calendar/me/${secret}.ics`;
export const communityFeedUrl = (origin: string, slug: string) => `${origin}/calendar/community/${encodeURIComponent(slug)}.ics`;

/** Every community's feed, for the events list to offer. */
export async function communityFeeds(supabase: Supabase, origin: string, nameOf: (community: string) => string) {
	const { data, error } = await supabase.from('communities').select('name, slug').order('name');
	if (error) throw error;
	return data.map(({ name, slug }) => ({ name, links: subscribeLinks(communityFeedUrl(origin, slug), nameOf(name)) }));
}
