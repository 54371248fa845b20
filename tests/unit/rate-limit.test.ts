import { describe, expect, it } from 'vitest';
import { clientKey, countSetting } from '$lib/server/rate-limit';

describe('clientKey', () => {
	it('keeps IPv4 addresses as they are', () => {
		expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
		expect(clientKey(' 203.0.113.7 ')).toBe('203.0.113.7');
	});

	it('counts IPv4-mapped IPv6 as the IPv4 address', () => {
		expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
		expect(clientKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
	});

	it('counts IPv6 by its /64, however it is written', () => {
		const key = '2001:0db8:0000:0001::/64';
		expect(clientKey('2001:db8:0:1::1')).toBe(key);
		expect(clientKey('2001:db8:0:1:ffff:ffff:ffff:ffff')).toBe(key);
		expect(clientKey('2001:DB8:0:1:0:0:0:2')).toBe(key);
		expect(clientKey('2001:db8:0:1::1%eth0')).toBe(key);
		expect(clientKey('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
		expect(clientKey('2001:db8:0:2::1')).not.toBe(key);
		expect(clientKey('::1')).toBe('0000:0000:0000:0000::/64');
		expect(clientKey('64:ff9b::192.0.2.1')).toBe('0064:ff9b:0000:0000::/64');
		expect(clientKey('2001:db8:1:2:3:4:192.0.2.1')).toBe('2001:0db8:0001:0002::/64');
	});
});

describe('countSetting', () => {
	it('reads a whole number above 0, or the fallback when unset', () => {
		expect(countSetting({ N: '25' }, 'N', 10)).toBe(25);
		expect(countSetting({}, 'N', 10)).toBe(10);
		expect(countSetting({ N: '' }, 'N', 10)).toBe(10);
	});

	it('refuses anything else, naming the setting', () => {
		for (const bad of ['0', '-1', '2.5', 'ten', '1e400']) expect(() => countSetting({ N: bad }, 'N', 10)).toThrow(/^N must be/);
	});
});
