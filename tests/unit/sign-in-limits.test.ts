import { describe, expect, it } from 'vitest';
import { readTurn, signInLimits, turnRequest } from '$lib/auth/limits';

const limits = signInLimits({});

describe('signInLimits', () => {
	it('has defaults for codes and tries, per email and per address, over 15 minutes', () => {
		expect(limits).toEqual({ code: { email: 5, address: 10 }, try: { email: 10, address: 30 }, windowSeconds: 900 });
	});

	it('reads each from the server settings', () => {
		const set = signInLimits({
			HEARTH_SIGNIN_CODES_PER_EMAIL: '2',
			HEARTH_SIGNIN_CODES_PER_IP: '3',
			HEARTH_SIGNIN_TRIES_PER_EMAIL: '4',
			HEARTH_SIGNIN_TRIES_PER_IP: '8',
			HEARTH_SIGNIN_CODES_WINDOW_MINUTES: '60'
		});
		expect(set).toEqual({ code: { email: 2, address: 3 }, try: { email: 4, address: 8 }, windowSeconds: 3600 });
		expect(() => signInLimits({ HEARTH_SIGNIN_TRIES_PER_IP: '0' })).toThrow(/HEARTH_SIGNIN_TRIES_PER_IP must be/);
	});
});

describe('turnRequest', () => {
	it('sends the email and the address only as hashes, email first', () => {
		const request = turnRequest('try', 'Sam@Example.org', '203.0.113.7', limits);
		expect(request.turn_kind).toBe('try');
		expect(request.limits).toEqual([10, 30]);
		expect(request.window_seconds).toBe(900);
		for (const subject of request.subjects) expect(subject).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(request)).not.toMatch(/sam|example|203\.0/i);
	});

	it('counts one email however it is written, and an IPv6 /64 as one address', () => {
		const [email, address] = turnRequest('code', ' sam@example.org', '2001:db8:0:1::1', limits).subjects;
		const again = turnRequest('code', 'SAM@example.org', '2001:db8:0:1::ffff', limits).subjects;
		expect(again).toEqual([email, address]);
		expect(turnRequest('code', 'sam@example.org', '2001:db8:0:2::1', limits).subjects[1]).not.toBe(address);
	});

	it('never mixes an email with an address', () => {
		const [email] = turnRequest('code', 'x@example.org', '203.0.113.7', limits).subjects;
		expect(turnRequest('code', 'y@example.org', 'x@example.org', limits).subjects[1]).not.toBe(email);
	});
});

describe('readTurn', () => {
	it('is taken when nothing refused it', () => {
		expect(readTurn('code', { refused_by: null, retry_after_seconds: null })).toEqual({ ok: true });
	});

	it('says which limit refused it and in how many whole minutes to try again', () => {
		expect(readTurn('code', { refused_by: 1, retry_after_seconds: 61 })).toEqual({ ok: false, error: 'signin.errors.too_many_codes_email', minutes: 2 });
		expect(readTurn('code', { refused_by: 2, retry_after_seconds: 600 })).toEqual({ ok: false, error: 'signin.errors.too_many_codes', minutes: 10 });
		expect(readTurn('try', { refused_by: 1, retry_after_seconds: 5 })).toEqual({ ok: false, error: 'signin.errors.too_many_tries_email', minutes: 1 });
		expect(readTurn('try', { refused_by: 2, retry_after_seconds: 120 })).toEqual({ ok: false, error: 'signin.errors.too_many_tries', minutes: 2 });
	});
});
