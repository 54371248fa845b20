// The load test's shared shapes (what the members' process is asked to do and what it
// reports) and its checks, as plain functions so they are unit-tested on their own.
import type { Figure } from '../bench/report.ts';
import { percentile } from '../bench/stats.ts';

/** Each kind of request a member makes, in the order a visit makes them. */
export const kinds = ['events list', 'event page', 'RSVP', 'RSVP answer', 'feedback form', 'feedback', 'feedback saved'] as const;
export type Kind = (typeof kinds)[number];

export interface Plan {
	appUrl: string;
	durationMs: number;
	/** Longest pause between two steps, like a person reading (each pause is random up to it). */
	thinkMs: number;
	/** Each member's id and session cookies, as a browser would send them. */
	members: { id: string; cookies: Record<string, string> }[];
	/** Future events with few places, where members compete for them, and with many. */
	fewPlaces: string[];
	manyPlaces: string[];
	/** Ended events every member RSVP'd to, so feedback is open. */
	past: string[];
}

/** What the app told a member about their RSVP (the `result` of the page it redirected to). */
export type Answer = 'going' | 'waitlist' | 'maybe' | 'cancelled' | 'companion_refused';
export const answers: Answer[] = ['going', 'waitlist', 'maybe', 'cancelled', 'companion_refused'];

export interface GivenFeedback {
	attended: boolean;
	rating: number | null;
	comment: string;
}

export interface Results {
	/** Milliseconds the members ran together, from the first request to the last answer. */
	elapsedMs: number;
	/** One member's requests before the others arrive: what each costs on an idle server. */
	alone: Record<Kind, number[]>;
	latencies: Record<Kind, number[]>;
	/** Per kind, how many answers had each status ('error' when no answer came). */
	statuses: Record<Kind, Record<string, number>>;
	/** Answers that were not what a browser expects (first few kept, with what came back). */
	unexpected: { kind: Kind; path: string; status: number | 'error'; detail: string }[];
	unexpectedCount: number;
	/** The last thing each member was told, keyed `${member} ${event}`. */
	toldRsvp: Record<string, Answer>;
	toldFeedback: Record<string, GivenFeedback>;
	/** Pairs whose last write got no clear answer: their state is unknown. */
	unknown: string[];
	answerCounts: Record<Answer, number>;
}

export const pair = (member: string, event: string) => `${member} ${event}`;

/** Where the RSVP form action redirected: `/events/<id>/rsvp?result=waitlist&position=3`. */
export function answerFrom(location: string, event: string): Answer | null {
	const url = new URL(location, 'http://app');
	if (url.pathname !== `/events/${event}/rsvp`) return null;
	const result = url.searchParams.get('result');
	return answers.includes(result as Answer) ? (result as Answer) : null;
}

/** The RSVP states a member told `answer` may be in now: a waitlist place may since have become a place. */
export function statesAfter(answer: Answer): string[] {
	if (answer === 'waitlist') return ['waitlist', 'going'];
	if (answer === 'companion_refused') return ['going'];
	return [answer];
}

export interface RsvpRow {
	event_id: string;
	user_id: string;
	status: string;
	promoted_at: string | null;
}

/** Every acknowledged RSVP is in the database in a state its member was told (and nothing else is). */
export function rsvpProblems(told: Record<string, Answer>, rows: RsvpRow[], unknown: string[] = []): string[] {
	const problems: string[] = [];
	const skip = new Set(unknown);
	const stored = new Map(rows.map((row) => [pair(row.user_id, row.event_id), row]));
	for (const [key, answer] of Object.entries(told)) {
		if (skip.has(key)) continue;
		const row = stored.get(key);
		if (!row) problems.push(`${key}: told ${answer}, but no RSVP is stored`);
		else if (!statesAfter(answer).includes(row.status)) problems.push(`${key}: told ${answer}, but stored as ${row.status}`);
		else if (answer === 'waitlist' && row.status === 'going' && !row.promoted_at) problems.push(`${key}: went from the waitlist to going without a promotion`);
	}
	for (const key of stored.keys()) if (!(key in told) && !skip.has(key)) problems.push(`${key}: stored, but nobody was told of it`);
	return problems;
}

export interface FeedbackRow {
	event_id: string;
	user_id: string;
	attended: boolean;
	rating: number | null;
	comment: string;
}

/** Every acknowledged feedback is stored as last sent (and nothing else is). */
export function feedbackProblems(told: Record<string, GivenFeedback>, rows: FeedbackRow[], unknown: string[] = []): string[] {
	const problems: string[] = [];
	const skip = new Set(unknown);
	const stored = new Map(rows.map((row) => [pair(row.user_id, row.event_id), row]));
	for (const [key, given] of Object.entries(told)) {
		if (skip.has(key)) continue;
		const row = stored.get(key);
		if (!row) problems.push(`${key}: feedback acknowledged, but none is stored`);
		else if (row.attended !== given.attended || row.rating !== given.rating || row.comment !== given.comment) {
			problems.push(`${key}: sent ${JSON.stringify(given)}, stored ${JSON.stringify({ attended: row.attended, rating: row.rating, comment: row.comment })}`);
		}
	}
	for (const key of stored.keys()) if (!(key in told) && !skip.has(key)) problems.push(`${key}: feedback stored, but nobody was told of it`);
	return problems;
}

/** One event's places as one SQL statement saw them (one snapshot). */
export interface PlacesRow {
	event_id: string;
	capacity: number | null;
	/** event_places.taken: the counter rsvp() keeps. */
	taken: number;
	/** Places held by going RSVPs (companions included), counted from the rows. */
	held: number;
	waiting: number;
	/** Places the first in line needs (2 with a companion who takes a place), or null with nobody waiting. */
	first_needs: number | null;
}

/**
 * Capacity is never exceeded and the counter matches the rows. With `settled` (nothing
 * in flight), nobody waits while a place they fit is free: the waitlist holds the rest.
 */
export function placesProblems(rows: PlacesRow[], settled: boolean): string[] {
	const problems: string[] = [];
	for (const row of rows) {
		if (row.capacity !== null && row.held > row.capacity) problems.push(`${row.event_id}: ${row.held} places held, capacity ${row.capacity}`);
		if (row.taken !== row.held) problems.push(`${row.event_id}: the counter says ${row.taken} places taken, the RSVPs hold ${row.held}`);
		if (row.capacity === null && row.waiting > 0) problems.push(`${row.event_id}: ${row.waiting} waiting for an event without a limit`);
		const free = row.capacity === null ? Infinity : row.capacity - row.held;
		if (settled && row.first_needs !== null && row.first_needs <= free) {
			problems.push(`${row.event_id}: ${row.waiting} waiting while ${free} places are free`);
		}
	}
	return problems;
}

/** The run's figures, in the bench's shape: throughput, latency per kind, counts of outcomes, CPU seconds. */
export function loadFigures(results: Results, members: number, cpu: Record<string, number>): Figure[] {
	const group = `Load: ${members} members, production build on Debian PostgreSQL`;
	const all = kinds.flatMap((kind) => results.latencies[kind]);
	const seconds = results.elapsedMs / 1000;
	const figures: Figure[] = [
		{ group, name: 'seconds the members ran', value: seconds, unit: '', runs: 1 },
		{ group, name: 'requests', value: all.length, unit: '', runs: 1 },
		{ group, name: 'requests per second', value: all.length / seconds, unit: '', runs: 1 },
		{ group, name: 'unexpected answers (5xx, errors, wrong status)', value: results.unexpectedCount, unit: '', runs: 1 }
	];
	for (const kind of kinds) {
		const latencies = results.latencies[kind];
		if (!latencies.length) continue;
		const statuses = Object.entries(results.statuses[kind]).map(([status, n]) => `${status}×${n}`).join(' ');
		const alone = results.alone[kind];
		if (alone.length) figures.push({ group, name: `${kind}, one member alone, p50`, value: percentile(alone, 50), unit: 'ms', runs: 1 });
		figures.push(
			{ group, name: `${kind} (${statuses}), p50`, value: percentile(latencies, 50), unit: 'ms', runs: 1 },
			{ group, name: `${kind}, p95`, value: percentile(latencies, 95), unit: 'ms', runs: 1 },
			{ group, name: `${kind}, max`, value: latencies.reduce((a, b) => Math.max(a, b), 0), unit: 'ms', runs: 1 }
		);
	}
	for (const answer of answers) figures.push({ group, name: `RSVPs answered ${answer}`, value: results.answerCounts[answer], unit: '', runs: 1 });
	figures.push({ group, name: 'feedback saved (last per member and event)', value: Object.keys(results.toldFeedback).length, unit: '', runs: 1 });
	const cpuGroup = `Load: CPU seconds while the members ran (${Math.round(seconds)} s × the machine's cores)`;
	for (const [name, value] of Object.entries(cpu)) figures.push({ group: cpuGroup, name, value, unit: '', runs: 1 });
	return figures;
}
