// Shaping what feedback_insights() returns for the page. The database releases an event's
// answers only once its feedback has closed with 3 or more of them, and counts every figure
// over released events only; counts of 1 or 2 within those arrive as null ("fewer than 3").
// Nothing held back ever reaches the browser.
import type { Supabase } from '$lib/supabase';

export type Count = number | null;

/** Whether an event's answers count yet: still open, closed with fewer than 3, or released. */
export type Figures = 'open' | 'too_few' | 'shown';

export interface InsightsEvent {
	id: string;
	title: string;
	starts_at: string;
	time_of_day: string;
	/** When its feedback closes (14 days after it ended). */
	closes_at: string;
	figures: Figures;
	going: number;
	/** Marked by organisers; what people say in feedback is never counted per event here. */
	attended: number;
	/** Null unless released. */
	responses: number | null;
	rating: number | null;
}

export interface Insights {
	responses: number;
	went: Count;
	did_not_go: Count;
	events: InsightsEvent[];
	ratings: Record<string, Count>;
	welcome: Record<string, Count>;
	took_part: Record<string, Count>;
	barriers: Record<string, Count>;
	suggestions: Record<string, Count>;
	by_time_of_day: Record<string, { responses: Count; did_not_go: Count; barriers: Record<string, Count> }>;
	comments: string[] | null;
}

/** How many of the chosen events the figures count. */
export function counted(events: InsightsEvent[]) {
	return { shown: events.filter((e) => e.figures === 'shown').length, total: events.length };
}

export interface Bar {
	key: string;
	count: Count;
	/** Share of the longest bar, 0–100; suppressed counts draw no bar. */
	width: number;
}

/** Largest first; suppressed ("fewer than 3") after the counted ones; `order` keeps a fixed order instead. */
export function bars(counts: Record<string, Count>, order?: readonly string[]): Bar[] {
	const keys = order ?? Object.keys(counts);
	const max = Math.max(1, ...keys.map((k) => counts[k] ?? 0));
	const rows = keys.map((key) => ({ key, count: counts[key] ?? (key in counts ? null : 0), width: Math.round(((counts[key] ?? 0) / max) * 100) }));
	if (order) return rows;
	return rows.sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.key.localeCompare(b.key));
}

export interface Period {
	since: string;
	until: string;
}

/** The period asked for in the URL, or the last 90 days. */
export function readPeriod(params: URLSearchParams, now = new Date()): Period {
	const date = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);
	const until = date(params.get('until')) ?? now.toISOString().slice(0, 10);
	const since = date(params.get('since')) ?? new Date(Date.parse(until) - 90 * 86_400_000).toISOString().slice(0, 10);
	return since <= until ? { since, until } : { since: until, until: since };
}

export async function loadInsights(supabase: Supabase, community: string, period: Period, event: string | null) {
	const { data, error } = await supabase.rpc('feedback_insights', { community, event, since: period.since, until: period.until });
	if (error) throw error;
	return data;
}

/** Named (not anonymous) comments on one event, for following up; organisers only. */
export async function namedFeedback(supabase: Supabase, eventId: string) {
	const { data, error } = await supabase.rpc('named_feedback', { event: eventId });
	if (error) throw error;
	return data;
}
