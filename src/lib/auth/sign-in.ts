// What a person types when signing in, checked before it reaches Auth, and what Auth's
// answers mean in words they can act on (translation keys under `signin.errors`).
import * as v from 'valibot';

export type SignInError = `signin.errors.${'email_missing' | 'email_invalid' | 'code_missing' | 'code_format' | 'code_wrong' | 'too_soon' | 'too_many' | 'too_many_codes' | 'too_many_codes_email' | 'too_many_tries' | 'too_many_tries_email' | 'unavailable'}`;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: SignInError };

const emailSchema = v.pipe(
	v.string('signin.errors.email_missing'),
	v.trim(),
	v.nonEmpty('signin.errors.email_missing'),
	v.maxLength(254, 'signin.errors.email_invalid'),
	v.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'signin.errors.email_invalid'),
	// Control and format characters (NUL, bidi overrides, zero-width joiners) are in no one's address.
	v.check((email) => !/[\p{Cc}\p{Cf}]/u.test(email), 'signin.errors.email_invalid'),
	v.toLowerCase()
);

/** Codes arrive as 6 digits; people paste them with spaces or dashes. */
const codeSchema = v.pipe(
	v.string('signin.errors.code_missing'),
	v.transform((code) => code.replace(/[\s-]/g, '')),
	v.nonEmpty('signin.errors.code_missing'),
	v.regex(/^\d{6}$/, 'signin.errors.code_format')
);

function checked(schema: typeof emailSchema | typeof codeSchema, input: unknown): Checked<string> {
	const parsed = v.safeParse(schema, input);
	return parsed.success ? { ok: true, value: parsed.output } : { ok: false, error: parsed.issues[0].message as SignInError };
}

export const checkEmail = (input: unknown) => checked(emailSchema, input);
export const checkCode = (input: unknown) => checked(codeSchema, input);

/** Turns an Auth error into a message key, and the wait in seconds when it is a rate limit. */
export function explainAuthError(error: { code?: string; status?: number; message?: string }): { key: SignInError; seconds?: number } {
	switch (error.code) {
		case 'otp_expired':
			return { key: 'signin.errors.code_wrong' };
		case 'over_email_send_rate_limit': {
			const seconds = Number(/(\d+) seconds?/.exec(error.message ?? '')?.[1] ?? 60);
			return { key: 'signin.errors.too_soon', seconds };
		}
		case 'over_request_rate_limit':
			return { key: 'signin.errors.too_many' };
		case 'validation_failed':
			return { key: 'signin.errors.email_invalid' };
		default:
			return { key: 'signin.errors.unavailable' };
	}
}
