import { describe, expect, it } from 'vitest';
import { checkCode, checkEmail } from '$lib/auth/sign-in';

describe('checkEmail', () => {
	it('takes an address as people paste it', () => {
		expect(checkEmail('  Sam@Example.org ')).toEqual({ ok: true, value: 'sam@example.org' });
	});

	// 'a\u0000b@example.org' once reached Auth, which failed on it: "sign-in is unavailable".
	it('refuses addresses with control or format characters as invalid, by the field', () => {
		for (const email of ['a\u0000b@example.org', 'a@example.org\u0007', 'a\u202e@example.org', 'a\u200d@example.org', 'a\ufeff@example.org']) {
			expect(checkEmail(email)).toEqual({ ok: false, error: 'signin.errors.email_invalid' });
		}
	});

	it('refuses what is not an address', () => {
		for (const email of ['a@b', '@example.org', 'a b@example.org', `${'a'.repeat(250)}@example.org`]) {
			expect(checkEmail(email)).toEqual({ ok: false, error: 'signin.errors.email_invalid' });
		}
		expect(checkEmail(['a@example.org'])).toEqual({ ok: false, error: 'signin.errors.email_missing' });
	});
});

describe('checkCode', () => {
	it('takes six digits, with spaces or dashes', () => {
		expect(checkCode('123 456')).toEqual({ ok: true, value: '123456' });
		expect(checkCode('١٢٣٤٥٦')).toEqual({ ok: false, error: 'signin.errors.code_format' });
	});
});
