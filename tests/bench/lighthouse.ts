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
				const lhr = await audit(new URL(page.path, appUrl).href, chrome.port);
				results.push(lhr as unknown as LighthouseRun);
				const found = findings.get(page.name) ?? new Set();
				for (const check of Object.values(lhr.audits)) {
					if (check.score !== null && check.score < 0.9 && check.scoreDisplayMode !== 'informative' && !metricIds.has(check.id)) {
						found.add(`${check.id}: ${check.title}`);
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

/** One Lighthouse run. A run that could not load the page measured nothing: try it again, twice at most. */
async function audit(url: string, port: number, tries = 3) {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
		const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
		if (result && !error) return result.lhr;
		if (attempt === tries) throw new Error(`Lighthouse on ${url}: ${error?.code} ${error?.message}`);
		console.log(`    ${error?.code}: trying again`);
	}
}

const metricIds = new Set(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive', 'max-potential-fid']);
