import { describe, expect, it } from 'vitest';
import { fileContentSecurityPolicy, securityHeaders } from '$lib/server/security-headers';

describe('securityHeaders', () => {
	it('isolates the window and refuses sniffing and framing on every path', () => {
		for (const path of ['/', '/me', '/_app/immutable/entry/start.js', '/offline']) {
			const headers = securityHeaders(path, false);
			expect(headers['cross-origin-opener-policy']).toBe('same-origin');
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		}
		expect(fileContentSecurityPolicy).toContain("frame-ancestors 'none'");
		expect(fileContentSecurityPolicy).not.toContain('script-src');
	});

	it('asks browsers to keep to https only when the request came over https', () => {
		expect(securityHeaders('/', false)).not.toHaveProperty('strict-transport-security');
		expect(securityHeaders('/', true)['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
	});

	it('lets only the pages that offer "where I am now" ask for a location', () => {
		expect(securityHeaders('/events', false)['permissions-policy']).toContain('geolocation=(self)');
		expect(securityHeaders('/near-me/offer', false)['permissions-policy']).toContain('geolocation=(self)');
		expect(securityHeaders('/eventsx', false)['permissions-policy']).toContain('geolocation=()');
		expect(securityHeaders('/me', false)['permissions-policy']).toContain('geolocation=()');
	});
});
