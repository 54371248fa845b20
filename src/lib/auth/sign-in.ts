// What a person types when signing in, checked before it reaches Auth, and what Auth's
// answers mean in words they can act on (translation keys under `signin.errors`).

export type SignInError = `signin.errors.${'email_missing' | 'email_invalid' | 'code_missing' | 'code_format' | 'code_wrong' | 'too_soon' | 'too_many' | 'too_many_codes' | 'unavailable'}`;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: SignInError };

export function checkEmail(input: unknown): Checked<string> {
	const email = typeof input === 'string' ? input.trim() : '';
	if (!email) return { ok: false, error: 'signin.errors.email_missing' };
	// Control and format characters (NUL, bidi overrides, zero-width joiners) are in no one's address.
	if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || /[\p{Cc}\p{Cf}]/u.test(email)) {
		return { ok: false, error: 'signin.errors.email_invalid' };
	}
	return { ok: true, value: email.toLowerCase() };
}

/** Codes arrive as 6 digits; people paste them with spaces or dashes. */
export function checkCode(input: unknown): Checked<string> {
	const code = typeof input === 'string' ? input.replace(/[\s-]/g, '') : '';
	if (!code) return { ok: false, error: 'signin.errors.code_missing' };
	if (!/^\d{6}$/.test(code)) return { ok: false, error: 'signin.errors.code_format' };
	return { ok: true, value: code };
}

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
