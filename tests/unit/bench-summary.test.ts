import { describe, expect, it } from 'vitest';
import { isOver } from '../bench/report';
import { latencyFigures, lighthouseFigures, type LighthouseRun } from '../bench/summary';

const run = (performance: number, lcp: number, cls: number): LighthouseRun => ({
	categories: { performance: { score: performance }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 } },
	audits: {
		'largest-contentful-paint': { numericValue: lcp },
		'total-blocking-time': { numericValue: 150.4 },
		'cumulative-layout-shift': { numericValue: cls }
	}
});

describe('Lighthouse figures', () => {
	it('are the medians of the runs, scores out of 100, next to the budgets', () => {
		const figures = lighthouseFigures('Lighthouse: Home', [run(0.97, 2100.6, 0.0012), run(0.91, 2600, 0.3), run(0.99, 1900, 0.05)]);
		const by = Object.fromEntries(figures.map((f) => [f.name, f]));
		expect(by.performance).toMatchObject({ value: 97, unit: 'score', budget: { min: 95 }, runs: 3 });
		expect(by.accessibility.value).toBe(100);
		expect(by['best practices'].value).toBe(96);
		expect(by.LCP).toMatchObject({ value: 2101, unit: 'ms', budget: { max: 2500 } });
		expect(by.TBT.value).toBe(150);
		expect(by.CLS).toMatchObject({ value: 0.05, budget: { max: 0.1 } });
		expect(figures.filter(isOver)).toEqual([]);
	});

	it('take another performance budget, and say when a run missed one', () => {
		const figures = lighthouseFigures('Lighthouse: map', [run(0.92, 2600, 0.2)], 90);
		const by = Object.fromEntries(figures.map((f) => [f.name, f]));
		expect(by.performance.budget).toEqual({ min: 90 });
		expect(isOver(by.performance)).toBe(false);
		expect(figures.filter(isOver).map((f) => f.name)).toEqual(['LCP', 'CLS']);
	});
});

describe('latency figures', () => {
	it('are the median over runs of each run’s p50 and p95, the budget on p95 only', () => {
		const runOf = (base: number) => Array.from({ length: 100 }, (_, i) => base + i);
		const [p50, p95] = latencyFigures('API', 'near-me, 1 client', [runOf(0), runOf(10), runOf(1000)], 20);
		expect(p50).toMatchObject({ name: 'near-me, 1 client, p50', value: 59, unit: 'ms', runs: 3 });
		expect(p50.budget).toBeUndefined();
		expect(p95).toMatchObject({ name: 'near-me, 1 client, p95', value: 104, budget: { max: 20 } });
		expect(isOver(p95)).toBe(true);
		expect(latencyFigures('API', 'x', [runOf(0)])[1].budget).toBeUndefined();
	});
});
