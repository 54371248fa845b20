// Lighthouse on the production build, with its default (mobile, simulated throttling)
// settings, driving Debian's Chromium. Each figure is the median of its runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Figure } from './report.ts';
import { lighthouseFigures, type LighthouseRun } from './summary.ts';

export interface Page {
	name: string;
	path: string;
	/** The performance score it must reach, when not the usual 95. */
	performance?: number;
}

const chromeFlags = [
	'--headless=new',
	// As root, Chromium only starts without its sandbox.
	'--no-sandbox',
	// This machine reaches no network: without these Chromium keeps trying to.
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** What a run found worth fixing: failed audits that are not the metrics themselves. */
export type Findings = Map<string, Set<string>>;

export async function lighthouseRuns(appUrl: string, pages: Page[], runs = 3, findings: Findings = new Map()): Promise<Figure[]> {
	const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags, logLevel: 'silent' });
	const figures: Figure[] = [];
	try {
		for (const page of pages) {
			const results: LighthouseRun[] = [];
			for (let run = 1; run <= runs; run++) {
				console.log(`  lighthouse ${page.name} (${page.path}), run ${run} of ${runs}`);
				const result = await lighthouse(new URL(page.path, appUrl).href, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices']
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
				const { lhr } = result;
				if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
				results.push(lhr as unknown as LighthouseRun);
				const found = findings.get(page.name) ?? new Set();
				for (const audit of Object.values(lhr.audits)) {
					if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && !metricIds.has(audit.id)) {
						found.add(`${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
					}
				}
				findings.set(page.name, found);
			}
			figures.push(...lighthouseFigures(`Lighthouse: ${page.name}`, results, page.performance));
		}
	} finally {
		chrome.kill();
	}
	return figures;
}

const metricIds = new Set(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive', 'max-potential-fid']);
