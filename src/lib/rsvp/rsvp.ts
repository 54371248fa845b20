// What a member asks for when they RSVP, checked before it reaches the database, and
// what the database's answer means for them (translation keys under `rsvp`).
import * as v from 'valibot';
import { fieldErrors } from '$lib/forms/errors';
import { typedText } from '$lib/forms/typed';

export type RsvpStatus = 'going' | 'waitlist' | 'maybe' | 'cancelled';
export type RsvpChoice = 'going' | 'maybe' | 'cancelled';

export interface RsvpRequest {
	status: RsvpChoice;
	companion: boolean;
	/** null: not asked on this form (the event page, when one is saved), so left as it was. */
	accessRequests: string | null;
}

export interface RsvpResult {
	status: RsvpStatus;
	companion: boolean;
	companion_refused?: boolean;
	waitlist_position: number | null;
}

export const accessRequestsLimit = 1000;

type Field = 'status' | 'accessRequests';
export type RsvpErrors = Partial<Record<Field, `rsvp.errors.${string}`>>;

const schema = v.object({
	status: v.picklist(['going', 'maybe', 'cancelled'] satisfies RsvpChoice[], 'rsvp.errors.status'),
	companion: v.boolean(),
	accessRequests: v.nullable(v.pipe(v.string(), v.maxLength(accessRequestsLimit, 'rsvp.errors.tooLong')))
});

export function readRsvp(form: FormData): { ok: true; value: RsvpRequest } | { ok: false; errors: RsvpErrors; typed: { accessRequests: string } } {
	// Shown to organisers: cleaned of control and bidi characters.
	const accessRequests = typedText(form, 'accessRequests').trim();
	const asked = form.has('accessRequests') ? accessRequests : null;
	const parsed = v.safeParse(schema, { status: form.get('status'), companion: form.get('companion') === 'on', accessRequests: asked }, { abortEarly: false });
	if (parsed.success) return { ok: true, value: parsed.output };
	return { ok: false, errors: fieldErrors<Field, `rsvp.errors.${string}`>(parsed.issues), typed: { accessRequests } };
}

/** The database's refusals, as messages a member can act on. */
export function explainRsvpError(error: { code?: string; hint?: string | null }): `rsvp.errors.${string}` {
	if (error.hint === 'closed') return 'rsvp.errors.closed';
	if (error.code === 'PT404') return 'rsvp.errors.notFound';
	if (error.code === '42501') return 'rsvp.errors.signIn';
	if (error.code === '22001') return 'rsvp.errors.tooLong';
	return 'rsvp.errors.unavailable';
}

/** Places left, or null when there is no limit. Never negative. */
export function placesLeft(capacity: number | null, taken: number): number | null {
	return capacity === null ? null : Math.max(0, capacity - taken);
}

/** The one-line summary of where a member stands, as a translation key. */
export function standingKey(result: Pick<RsvpResult, 'status'> | null): `rsvp.standing.${string}` {
	return `rsvp.standing.${result?.status ?? 'none'}`;
}
