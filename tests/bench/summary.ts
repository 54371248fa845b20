// How runs become figures: each figure is the median, over runs, of what one run measured.
import type { Figure } from './report.ts';
import { median, percentile } from './stats.ts';

/** The part of a Lighthouse result (LHR) the figures read. */
export interface LighthouseRun {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, { numericValue?: number }>;
}

const score = (run: LighthouseRun, category: string) => Math.round((run.categories[category]?.score ?? 0) * 100);
const metric = (run: LighthouseRun, audit: string) => run.audits[audit]?.numericValue ?? NaN;

/** Scores (0–100) and the three Web Vitals Lighthouse measures, next to the team's budgets. */
export function lighthouseFigures(group: string, runs: LighthouseRun[], minPerformance = 95): Figure[] {
	const of = (read: (run: LighthouseRun) => number) => median(runs.map(read));
	const n = runs.length;
	return [
		{ group, name: 'performance', value: of((r) => score(r, 'performance')), unit: 'score', budget: { min: minPerformance }, runs: n },
		{ group, name: 'accessibility', value: of((r) => score(r, 'accessibility')), unit: 'score', budget: { min: 100 }, runs: n },
		{ group, name: 'best practices', value: of((r) => score(r, 'best-practices')), unit: 'score', budget: { min: 95 }, runs: n },
		{ group, name: 'LCP', value: Math.round(of((r) => metric(r, 'largest-contentful-paint'))), unit: 'ms', budget: { max: 2500 }, runs: n },
		{ group, name: 'TBT', value: Math.round(of((r) => metric(r, 'total-blocking-time'))), unit: 'ms', budget: { max: 200 }, runs: n },
		{ group, name: 'CLS', value: Math.round(of((r) => metric(r, 'cumulative-layout-shift')) * 1000) / 1000, unit: '', budget: { max: 0.1 }, runs: n }
	];
}

/** p50 and p95 of each run's latencies (ms), as the medians over runs; the budget is on p95. */
export function latencyFigures(group: string, name: string, runs: number[][], maxP95?: number): Figure[] {
	const p = (q: number) => Math.round(median(runs.map((latencies) => percentile(latencies, q))) * 10) / 10;
	return [
		{ group, name: `${name}, p50`, value: p(50), unit: 'ms', runs: runs.length },
		{ group, name: `${name}, p95`, value: p(95), unit: 'ms', ...(maxP95 === undefined ? {} : { budget: { max: maxP95 } }), runs: runs.length }
	];
}
