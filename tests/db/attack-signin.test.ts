// Attacks on sign-in, made as an attacker would: through supabase-js and plain HTTP against
// the local Auth stand-in, which must hold the rules hosted Supabase Auth holds.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@supabase/supabase-js';
import { SignJWT, decodeJwt } from 'jose';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../supabase/local/auth.ts';
import { config } from '../../supabase/local/config.ts';
import { createGateway } from '../../supabase/local/gateway.ts';
import { Mailbox } from '../../supabase/local/mailbox.ts';
import { anonKey, apiUrl, client, databaseUrl, latestMail, requestCode, signIn } from './api.ts';

const fresh = (name: string) => `attack-${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`;
const wrongCode = (code: string, i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');

describe('attacks on the Auth stand-in', () => {
	it('a code dies after 5 wrong tries: guessing cannot go on until it hits', async () => {
		const email = fresh('guess');
		const { code } = await requestCode(client(), email);
		for (let i = 0; i < 5; i++) {
			const { error } = await client().auth.verifyOtp({ email, token: wrongCode(code, i), type: 'email' });
			expect(error?.code).toBe('otp_expired');
		}
		// The sixth try is the right code, and it no longer works.
		const { data, error } = await client().auth.verifyOtp({ email, token: code, type: 'email' });
		expect(error?.code).toBe('otp_expired');
		expect(data.session).toBeNull();
	});

	describe('verify from one client address', () => {
		// A gateway of its own, with a low limit, so the rest of the suite is not held up.
		const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
		const gateway = createGateway(createAuth(pool, new Mailbox(() => {}), { verifyPerAddress: 5 }), new Mailbox(() => {}));
		const listening = new Promise<string>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}`)));
		afterAll(async () => {
			await new Promise((resolve) => gateway.close(resolve));
			await pool.end();
		});

		it('is limited: spraying codes at many addresses is refused after the limit', async () => {
			const url = await listening;
			const supabase = createClient(url, anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
			const codes: (string | undefined)[] = [];
			for (let i = 0; i < 6; i++) {
				const { error } = await supabase.auth.verifyOtp({ email: fresh(`spray${i}`), token: '123456', type: 'email' });
				codes.push(error?.code);
			}
			expect(codes.slice(0, 5)).toEqual(Array(5).fill('otp_expired'));
			expect(codes[5]).toBe('over_request_rate_limit');
			// Another client address is not held up by it.
			const other = await postFrom('127.0.0.2', `${url}/auth/v1/verify`, { type: 'email', email: fresh('other'), token: '123456' });
			expect(other.status).toBe(403);
		});
	});

	it('redirect_to pointing at another site is not honoured: the link goes to the site', async () => {
		const email = fresh('redirect');
		const { error } = await client().auth.signInWithOtp({ email, options: { emailRedirectTo: 'https://evil.example/steal' } });
		expect(error).toBeNull();
		const mail = await latestMail(email);
		expect(new URL(mail.link).origin).not.toBe('https://evil.example');
		expect(new URL(mail.link).origin).toBe(new URL(process.env.HEARTH_SITE_URL ?? config.siteUrl).origin);
	});

	it('/mailbox does not answer a page on another site', async () => {
		const email = fresh('mailbox');
		await requestCode(client(), email);
		const response = await fetch(`${apiUrl}/mailbox?email=${encodeURIComponent(email)}`, { headers: { origin: 'https://evil.example' } });
		expect(response.headers.get('access-control-allow-origin')).toBeNull();
		expect(response.status).toBe(403);
		expect(await response.text()).not.toContain(email);
	});

	it('reusing a rotated refresh token after the grace period ends the whole session', { timeout: 30_000 }, async () => {
		const supabase = await signIn(fresh('reuse'));
		const stolen = (await supabase.auth.getSession()).data.session!.refresh_token;
		const { data: rotated } = await supabase.auth.refreshSession();
		const current = rotated.session!;
		await new Promise((resolve) => setTimeout(resolve, config.refreshReuseSeconds * 1000 + 1500));
		const replay = await client().auth.refreshSession({ refresh_token: stolen });
		expect(replay.error?.code).toBe('refresh_token_already_used');
		// The thief is refused, and so is every token of that session: the session is over.
		const next = await client().auth.refreshSession({ refresh_token: current.refresh_token });
		expect(next.error).not.toBeNull();
		const { error } = await client().auth.getUser(current.access_token);
		expect(error).not.toBeNull();
	});

	it('a token with the wrong issuer or audience is refused', async () => {
		const supabase = await signIn(fresh('claims'));
		const real = decodeJwt((await supabase.auth.getSession()).data.session!.access_token);
		const forge = (claims: { iss: string; aud: string }) =>
			new SignJWT({ ...real, ...claims }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(config.jwtSecret));
		const wrongIssuer = await client().auth.getUser(await forge({ iss: 'https://evil.example/auth/v1', aud: 'authenticated' }));
		expect(wrongIssuer.error?.status).toBe(403);
		const wrongAudience = await client().auth.getUser(await forge({ iss: String(real.iss), aud: 'another-app' }));
		expect(wrongAudience.error?.status).toBe(403);
		// The real token still works, so the refusals are about the claims.
		expect((await supabase.auth.getUser()).error).toBeNull();
	});
});

/** A POST from another loopback address, as a second client on another connection would make it. */
function postFrom(localAddress: string, url: string, body: unknown) {
	return new Promise<{ status: number }>((resolve, reject) => {
		const req = request(url, { method: 'POST', localAddress, headers: { apikey: anonKey, 'content-type': 'application/json' } }, (res) => {
			res.resume();
			resolve({ status: res.statusCode ?? 0 });
		});
		req.on('error', reject);
		req.end(JSON.stringify(body));
	});
}
