import { defineConfig, devices } from '@playwright/test';

// Another port lets two checkouts run their browser tests side by side.
const port = process.env.HEARTH_APP_PORT ?? '4173';
const baseURL = `http://localhost:${port}`;
/**
 * The same build twice more, behind a pretend proxy (the client's address in X-Forwarded-For)
 * with low limits on sign-in codes and tries: the tests of those limits, which must hold
 * across app servers. The main server's limits are high, since the browser tests sign in
 * many times from one address and as the same demo accounts.
 */
const limitedPorts = [1, 2].map((offset) => String(Number(port) + offset));
const high = '100000';
const limits = { HEARTH_SIGNIN_CODES_PER_IP: '3', HEARTH_SIGNIN_TRIES_PER_IP: '8', HEARTH_SIGNIN_TRIES_PER_EMAIL: '5' };

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// A shared CI machine is noisy: a test that fails once is tried again, and reported as
	// flaky (tests/run.ts lists failures and flaky tests in its summary, from the JSON report).
	retries: process.env.CI ? 1 : 0,
	// axe over a long page takes seconds alone, and a sweep of every page in two languages
	// many more when the machine is busy: twice Playwright's default before calling it stuck.
	timeout: 60_000,
	reporter: [
		['list'],
		...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
		...(process.env.HEARTH_E2E_REPORT ? [['json', { outputFile: process.env.HEARTH_E2E_REPORT }] as const] : [])
	],
	use: {
		...devices['Pixel 7'],
		defaultBrowserType: 'chromium',
		baseURL,
		launchOptions: {
			// Debian's Chromium; never `playwright install`.
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'chromium', testIgnore: '**/*.nojs.e2e.ts' },
		{ name: 'no-js', testMatch: '**/*.nojs.e2e.ts', use: { javaScriptEnabled: false } }
	],
	// Started in order: the second reuses the first's build.
	webServer: [
		{
			command: 'npm run build && npm start',
			url: baseURL,
			env: {
				PORT: port,
				ORIGIN: baseURL,
				// The stand-in Murmurations index the open data tests start (tests/e2e/murmurations-index.ts).
				MURMURATIONS_INDEX_URL: `http://127.0.0.1:${process.env.HEARTH_MURMURATIONS_PORT ?? '4279'}`,
				HEARTH_SIGNIN_CODES_PER_IP: high,
				HEARTH_SIGNIN_CODES_PER_EMAIL: high,
				HEARTH_SIGNIN_TRIES_PER_IP: high,
				HEARTH_SIGNIN_TRIES_PER_EMAIL: high
			},
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		...limitedPorts.map((limitedPort) => ({
			command: 'npm start',
			url: `http://localhost:${limitedPort}`,
			env: { PORT: limitedPort, ORIGIN: `http://localhost:${limitedPort}`, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', ...limits },
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		}))
	]
});
