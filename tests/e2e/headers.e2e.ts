import { expect, test } from '@playwright/test';

// Every server-rendered kind of page carries the same protections.
const routes = ['/', '/events', '/near-me', '/me', '/signin', '/welcome', '/no-such-page'];

for (const route of routes) {
	test(`${route} sends the security headers`, async ({ request }) => {
		const response = await request.get(route);
		const headers = response.headers();
		const csp = headers['content-security-policy'] ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		// Scripts only from here, or inline with this response's nonce or a hash: never 'unsafe-inline'.
		const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain('unsafe-inline');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		const geolocation = /^\/(events|near-me)/.test(route) ? 'geolocation=(self)' : 'geolocation=()';
		expect(headers['permissions-policy']).toContain(geolocation);
	});
}

test('pages and their data come compressed, and read the same', async ({ request }) => {
	for (const path of ['/events', '/near-me/__data.json']) {
		const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
		expect(response.headers()['content-encoding'], path).toBe('gzip');
		expect(response.headers()['vary'], path).toContain('accept-encoding');
		expect(await response.text(), path).toMatch(path.endsWith('.json') ? /^\{"type":"data"/ : /<h1>Events<\/h1>/);
	}
});

// The offline page is a prerendered file: Kit puts its policy in a <meta> (scripts by hash).
// frame-ancestors can't be set that way; the host serving static files must send it.
test('the prerendered offline page carries its script policy in the page', async ({ page }) => {
	await page.goto('/offline');
	const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
	const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
	expect(scripts).toMatch(/'sha256-/);
	expect(scripts).not.toContain('unsafe-inline');
});

// Files and prerendered pages never pass through Kit's hooks: the server puts the same
// protections on them (scripts/serve.ts), so no file can be framed, sniffed or open a window
// that keeps a handle on Hearth's.
test('static files and the prerendered offline page carry the protections too', async ({ request }) => {
	const page = await (await request.get('/events')).text();
	const script = /\/_app\/immutable\/[^"]+\.js/.exec(page)?.[0];
	expect(script).toBeTruthy();
	for (const path of ['/manifest.webmanifest', '/icon.svg', '/service-worker.js', '/offline', script!]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
		expect(headers['permissions-policy'], path).toContain('geolocation=()');
	}
});

test('pages open no window that keeps a handle on them (COOP)', async ({ request }) => {
	for (const route of routes) expect((await request.get(route)).headers()['cross-origin-opener-policy'], route).toBe('same-origin');
});
