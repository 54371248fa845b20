// How many sign-in codes and tries (codes checked) an email address and a client address
// get, and what a refusal says. The counting is in Postgres (take_sign_in_turn), so every
// app server adds to one count; this module only shapes the question and reads the answer.
import { createHash } from 'node:crypto';
import { clientKey, countSetting } from '$lib/server/rate-limit';
import type { SignInError } from './sign-in';

export type TurnKind = 'code' | 'try';

export interface SignInLimits {
	/** Per kind, how many in the window for one email address and for one client address. */
	code: { email: number; address: number };
	try: { email: number; address: number };
	windowSeconds: number;
}

/**
 * The limits, from the server's settings. Codes: 10 per address in any 15 minutes lets a
 * household or a venue's wifi sign in, and 5 per email covers resends and typos. Tries: a
 * code dies after 5 wrong ones at Auth anyway; 10 per email stops guessing that spreads over
 * fresh codes and many addresses, and 30 per address stops one address trying many accounts.
 */
export function signInLimits(env: Record<string, string | undefined>): SignInLimits {
	return {
		code: { email: countSetting(env, 'HEARTH_SIGNIN_CODES_PER_EMAIL', 5), address: countSetting(env, 'HEARTH_SIGNIN_CODES_PER_IP', 10) },
		try: { email: countSetting(env, 'HEARTH_SIGNIN_TRIES_PER_EMAIL', 10), address: countSetting(env, 'HEARTH_SIGNIN_TRIES_PER_IP', 30) },
		windowSeconds: countSetting(env, 'HEARTH_SIGNIN_CODES_WINDOW_MINUTES', 15) * 60
	};
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** The arguments of take_sign_in_turn: the email first, then the client address, each only as a hash. */
export function turnRequest(kind: TurnKind, email: string, address: string, limits: SignInLimits) {
	return {
		turn_kind: kind,
		subjects: [hash(`email:${email.trim().toLowerCase()}`), hash(`address:${clientKey(address)}`)],
		limits: [limits[kind].email, limits[kind].address],
		window_seconds: limits.windowSeconds
	};
}

export type Turn = { ok: true } | { ok: false; error: SignInError; minutes: number };

const refusals: Record<TurnKind, [SignInError, SignInError]> = {
	code: ['signin.errors.too_many_codes_email', 'signin.errors.too_many_codes'],
	try: ['signin.errors.too_many_tries_email', 'signin.errors.too_many_tries']
};

/** Reads take_sign_in_turn's answer: taken, or refused by the email (1) or the address (2), and in how many minutes to try again. */
export function readTurn(kind: TurnKind, answer: { refused_by: number | null; retry_after_seconds: number | null }): Turn {
	if (answer.refused_by === null) return { ok: true };
	return { ok: false, error: refusals[kind][answer.refused_by === 1 ? 0 : 1], minutes: Math.max(1, Math.ceil((answer.retry_after_seconds ?? 60) / 60)) };
}
