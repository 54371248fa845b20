import { defineConfig, devices } from '@playwright/test';

// Another port lets two checkouts run their browser tests side by side.
const port = process.env.HEARTH_APP_PORT ?? '4173';
const baseURL = `http://localhost:${port}`;
/**
 * The same build again, behind a pretend proxy (the client's address in X-Forwarded-For)
 * with a low limit on sign-in codes: the test of that limit. The main server's limit is
 * high, since the browser tests sign in many times from one address.
 */
const limitedPort = String(Number(port) + 1);
const limitedURL = `http://localhost:${limitedPort}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
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
			env: { PORT: port, ORIGIN: baseURL, HEARTH_SIGNIN_CODES_PER_IP: '100000' },
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			command: 'npm start',
			url: limitedURL,
			env: { PORT: limitedPort, ORIGIN: limitedURL, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', HEARTH_SIGNIN_CODES_PER_IP: '3' },
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		}
	]
});
