// Attacks on the session a browser holds (issue 15, part 7): a script injected into a page
// reading the sign-in cookies, another site sending them along, and a server behind an https
// proxy that forgets to mark them Secure or to pin the browser to https.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { appUrl, freshEmail, latestMail, signIn } from './session';

test.setTimeout(120_000);

test('a script on the page cannot read the session, and other sites do not send it', async ({ page, context }) => {
	await signIn(page, freshEmail('cookie-thief'));
	// What an injected script would do with the session it finds.
	const readable = await page.evaluate(() => document.cookie);
	expect(readable).not.toMatch(/sb-[^=]*-auth-token/);
	const session = (await context.cookies()).filter((cookie) => /^sb-.*-auth-token/.test(cookie.name));
	expect(session.length).toBeGreaterThan(0);
	for (const cookie of session) {
		expect(cookie.httpOnly, cookie.name).toBe(true);
		expect(cookie.sameSite, cookie.name).toBe('Lax');
	}
});

// The built server as a host would run it: behind a proxy that ends https and says so in
// X-Forwarded-Proto, without ORIGIN. Its own port, clear of the servers playwright starts.
const port = Number(process.env.HEARTH_APP_PORT ?? '4173') + 3;
const behindProxy = `http://localhost:${port}`;

test('behind an https proxy: HSTS on every response, the session cookie Secure; the start-up log names ORIGIN', async () => {
	const root = resolve(import.meta.dirname, '../..');
	// Sign-in counts are shared with the main server, whose tests all come from this address.
	const high = '100000';
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		PROTOCOL_HEADER: 'x-forwarded-proto',
		HEARTH_SIGNIN_CODES_PER_IP: high,
		HEARTH_SIGNIN_CODES_PER_EMAIL: high,
		HEARTH_SIGNIN_TRIES_PER_IP: high,
		HEARTH_SIGNIN_TRIES_PER_EMAIL: high
	};
	delete env.ORIGIN;
	const server = spawn(process.execPath, ['scripts/serve.ts'], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	server.stdout!.on('data', (chunk) => (log += chunk));
	server.stderr!.on('data', (chunk) => (log += chunk));
	try {
		await expect.poll(() => log, { timeout: 30_000 }).toContain('listening');
		// Without ORIGIN a plain-http form post counts as cross-site, so the log says what to set.
		expect(log).toContain('ORIGIN is not set');
		expect(log).toContain(`ORIGIN=http://localhost:${port}`);

		const plain = await playwrightRequest.newContext({ baseURL: behindProxy });
		const refused = await plain.post('/signin?/send', {
			form: { email: 'someone@example.org' },
			headers: { origin: behindProxy },
			maxRedirects: 0
		});
		expect(refused.status()).toBe(403);

		const https = await playwrightRequest.newContext({
			baseURL: behindProxy,
			extraHTTPHeaders: {
				'x-forwarded-proto': 'https',
				origin: `https://localhost:${port}`
			}
		});
		for (const path of ['/', '/events', '/offline', '/manifest.webmanifest']) {
			expect((await https.get(path)).headers()['strict-transport-security'], path).toMatch(/max-age=\d{8,}; includeSubDomains/);
		}
		const email = freshEmail('behind-proxy');
		const before = (await latestMail(email))?.id ?? 0;
		expect((await https.post('/signin?/send', { form: { email }, maxRedirects: 0 })).status()).toBeLessThan(400);
		await expect.poll(async () => (await latestMail(email))?.id ?? 0).toBeGreaterThan(before);
		const { code } = await latestMail(email);
		const signedIn = await https.post('/signin?/verify', {
			form: { email, code, next: '/me' },
			maxRedirects: 0
		});
		const cookies = signedIn.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie' && /^sb-.*-auth-token/.test(h.value));
		expect(cookies.length).toBeGreaterThan(0);
		for (const { value } of cookies) {
			expect(value).toMatch(/;\s*Secure/i);
			expect(value).toMatch(/;\s*HttpOnly/i);
			expect(value).toMatch(/;\s*SameSite=Lax/i);
		}
		// The main server (plain http, ORIGIN set) takes the same form: ORIGIN is the fix the log names.
		const direct = await playwrightRequest.newContext({ baseURL: appUrl });
		expect((await direct.get('/')).headers()['strict-transport-security']).toBeUndefined();
		expect(
			(
				await direct.post('/signin?/send', {
					form: { email: freshEmail('direct') },
					headers: { origin: appUrl },
					maxRedirects: 0
				})
			).status()
		).toBeLessThan(400);
	} finally {
		server.kill('SIGTERM');
	}
});
