// Sign-in through supabase-js against the local Auth stand-in, codes from the mailbox.
import { describe, expect, it } from 'vitest';
import { apiUrl, client, requestCode, signIn, sql } from './api.ts';

const mailbox = async (email: string) => (await fetch(`${apiUrl}/mailbox?email=${encodeURIComponent(email)}`)).json();

const fresh = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`;

describe('sign-in with an email code', () => {
	it('signs in with the code from the mailbox and gets a profile', async () => {
		const email = fresh('code');
		const supabase = client();
		const mail = await requestCode(supabase, email);
		expect(mail.code).toMatch(/^\d{6}$/);
		const { data, error } = await supabase.auth.verifyOtp({ email, token: mail.code, type: 'email' });
		expect(error).toBeNull();
		expect(data.user?.email).toBe(email);
		const { data: profile } = await supabase.from('profiles').select('id').eq('id', data.user!.id).single();
		expect(profile?.id).toBe(data.user!.id);
	});

	it('signs in with the magic link in the same email', async () => {
		const email = fresh('link');
		const mail = await requestCode(client(), email);
		const tokenHash = new URL(mail.link).searchParams.get('token_hash')!;
		const { data, error } = await client().auth.verifyOtp({ token_hash: tokenHash, type: 'email' });
		expect(error).toBeNull();
		expect(data.user?.email).toBe(email);
	});

	it('turns down a wrong code', async () => {
		const email = fresh('wrong');
		const mail = await requestCode(client(), email);
		const wrong = mail.code === '000000' ? '111111' : '000000';
		const { data, error } = await client().auth.verifyOtp({ email, token: wrong, type: 'email' });
		expect(error?.code).toBe('otp_expired');
		expect(data.session).toBeNull();
	});

	it('lets a code work only once', async () => {
		const email = fresh('reuse');
		const mail = await requestCode(client(), email);
		const first = await client().auth.verifyOtp({ email, token: mail.code, type: 'email' });
		expect(first.error).toBeNull();
		const second = await client().auth.verifyOtp({ email, token: mail.code, type: 'email' });
		expect(second.error?.code).toBe('otp_expired');
	});

	it('turns down an expired code', async () => {
		const email = fresh('expired');
		const mail = await requestCode(client(), email);
		await sql(
			`update auth.one_time_tokens set created_at = now() - interval '2 hours'
			 where user_id = (select id from auth.users where email = $1)`,
			[email]
		);
		const { error } = await client().auth.verifyOtp({ email, token: mail.code, type: 'email' });
		expect(error?.code).toBe('otp_expired');
	});

	it('limits how often codes are sent to one address', async () => {
		const email = fresh('limit');
		const supabase = client();
		expect((await supabase.auth.signInWithOtp({ email })).error).toBeNull();
		const again = await supabase.auth.signInWithOtp({ email });
		expect(again.error?.code).toBe('over_email_send_rate_limit');
		expect(again.error?.status).toBe(429);
		expect(await mailbox(email)).toHaveLength(1);
	});

	it('refreshes the session with a new refresh token', async () => {
		const supabase = await signIn(fresh('refresh'));
		const before = (await supabase.auth.getSession()).data.session!;
		const { data, error } = await supabase.auth.refreshSession();
		expect(error).toBeNull();
		expect(data.session?.refresh_token).not.toBe(before.refresh_token);
		expect(data.session?.user.id).toBe(before.user.id);
		const { data: user } = await supabase.auth.getUser();
		expect(user.user?.id).toBe(before.user.id);
	});

	it('signs out: the token and the refresh token stop working', async () => {
		const supabase = await signIn(fresh('signout'));
		const session = (await supabase.auth.getSession()).data.session!;
		expect((await supabase.auth.signOut()).error).toBeNull();
		const { error } = await client().auth.getUser(session.access_token);
		expect(error?.name).toBe('AuthSessionMissingError'); // supabase-js's reading of 403 session_not_found
		const refreshed = await client().auth.refreshSession({ refresh_token: session.refresh_token });
		expect(refreshed.error).not.toBeNull();
	});

	it('verifies claims on the server side with getClaims', async () => {
		const supabase = await signIn(fresh('claims'));
		const { data, error } = await supabase.auth.getClaims();
		expect(error).toBeNull();
		expect(data?.claims.role).toBe('authenticated');
	});

	it('refuses requests without a valid API key', async () => {
		expect((await fetch(`${apiUrl}/rest/v1/communities`)).status).toBe(401);
		expect((await fetch(`${apiUrl}/rest/v1/communities`, { headers: { apikey: 'not-a-key' } })).status).toBe(401);
	});
});
