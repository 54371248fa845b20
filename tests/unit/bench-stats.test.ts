import { describe, expect, it } from 'vitest';
import { median, percentile } from '../bench/stats';

describe('percentile', () => {
	it('uses the nearest rank', () => {
		const values = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(percentile(values, 50)).toBe(50);
		expect(percentile(values, 95)).toBe(95);
		expect(percentile(values, 100)).toBe(100);
		expect(median([3, 1, 2])).toBe(2);
		expect(percentile([], 50)).toBeNaN();
	});
});
