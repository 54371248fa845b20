import { defineConfig, devices } from '@playwright/test';

// Another port lets two checkouts run their browser tests side by side.
const port = process.env.HEARTH_APP_PORT ?? '4173';
const baseURL = `http://localhost:${port}`;

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
	webServer: {
		command: 'npm run build && npm start',
		url: baseURL,
		env: { PORT: port, ORIGIN: baseURL },
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
