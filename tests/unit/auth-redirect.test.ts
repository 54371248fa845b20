// Where the Auth stand-in lets a sign-in link go: as Supabase Auth decides it.
import { describe, expect, it } from 'vitest';
import { allowedRedirect } from '../../supabase/local/auth.ts';

const allowed = (url: string) => allowedRedirect(url, 'https://hearth.example', ['https://preview-*.hearth.example/**', 'http://localhost:4173'])?.href ?? null;

describe('redirect_to allow-list', () => {
	it('follows links back to the site', () => {
		expect(allowed('https://hearth.example/events/1?x=1')).toBe('https://hearth.example/events/1?x=1');
	});

	it('follows globs of additional_redirect_urls: * within a label, ** across paths', () => {
		expect(allowed('https://preview-42.hearth.example/me')).toBe('https://preview-42.hearth.example/me');
		expect(allowed('https://preview-42.evil.example.hearth.example/me')).toBeNull();
	});

	it('a URL without a glob matches only itself', () => {
		expect(allowed('http://localhost:4173')).toBe('http://localhost:4173/');
		expect(allowed('http://localhost:4173/me')).toBeNull();
	});

	it('refuses other sites, look-alikes and other schemes', () => {
		expect(allowed('https://evil.example/steal')).toBeNull();
		expect(allowed('https://hearth.example.evil.example/')).toBeNull();
		expect(allowed('http://hearth.example/')).toBeNull();
		expect(allowed('javascript:alert(1)')).toBeNull();
		expect(allowed('not a url')).toBeNull();
		expect(allowedRedirect(null)).toBeNull();
	});

	it('allows loopback addresses (apps on this machine), never other IP addresses', () => {
		expect(allowed('http://127.0.0.1:9999/x')).toBe('http://127.0.0.1:9999/x');
		expect(allowed('http://[::1]:9999/x')).toBe('http://[::1]:9999/x');
		expect(allowed('http://192.0.2.1/x')).toBeNull();
		expect(allowed('http://3232235777/x')).toBeNull();
	});

	it('on a localhost site, any port of localhost is the site', () => {
		expect(allowedRedirect('http://localhost:40373/me', 'http://localhost:5173', [])?.href).toBe('http://localhost:40373/me');
	});
});
