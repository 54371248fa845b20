import { describe, expect, it } from 'vitest';
import { chooseLanguage, fromAcceptLanguage } from '$lib/i18n/negotiate';

describe('chooseLanguage', () => {
	it('prefers the saved language, then the cookie, then the browser', () => {
		expect(chooseLanguage({ saved: 'cy', cookie: 'ar', acceptLanguage: 'en' })).toBe('cy');
		expect(chooseLanguage({ saved: null, cookie: 'ar', acceptLanguage: 'cy' })).toBe('ar');
		expect(chooseLanguage({ cookie: undefined, acceptLanguage: 'cy-GB,en;q=0.8' })).toBe('cy');
	});

	it('ignores unsupported saved and cookie values', () => {
		expect(chooseLanguage({ saved: 'fr', cookie: 'xx', acceptLanguage: 'ar-EG' })).toBe('ar');
	});

	it('falls back to English', () => {
		expect(chooseLanguage({})).toBe('en');
		expect(chooseLanguage({ acceptLanguage: 'fr-FR,de;q=0.5' })).toBe('en');
	});
});

describe('fromAcceptLanguage', () => {
	it('follows quality values, not order', () => {
		expect(fromAcceptLanguage('en;q=0.5, ar;q=0.9, cy;q=0.7')).toBe('ar');
	});

	it('keeps header order for equal quality', () => {
		expect(fromAcceptLanguage('cy, en')).toBe('cy');
	});

	it('skips languages refused with q=0 and unsupported ones', () => {
		expect(fromAcceptLanguage('cy;q=0, fr, en-GB;q=0.3')).toBe('en');
	});

	it('matches case-insensitively and ignores junk', () => {
		expect(fromAcceptLanguage('AR-sa')).toBe('ar');
		expect(fromAcceptLanguage(';;,*')).toBeUndefined();
		expect(fromAcceptLanguage('')).toBeUndefined();
	});
});
