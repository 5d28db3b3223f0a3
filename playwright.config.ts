import { defineConfig } from '@playwright/test';
import { CHROME_FLAGS, MISSING_BROWSER, findChrome } from './scripts/find-chrome.js';

const executablePath = findChrome();
// A test that cannot run must fail, not skip: no browser is a configuration error.
if (!executablePath) throw new Error(MISSING_BROWSER);

// PORT lets two checkouts run their suites side by side, each against its own build.
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath, args: CHROME_FLAGS },
		trace: 'retain-on-failure'
	},
	// Real speech runs last and alone: one speech-dispatcher and one audio sink, no other page competing.
	projects: [
		{ name: 'app', testIgnore: /speech\.spec\.ts/ },
		{ name: 'real-speech', testMatch: /speech\.spec\.ts/, dependencies: ['app'] }
	],
	// The production build, served as a static host serves it; never the dev server.
	webServer: {
		command: 'node scripts/start.js',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'pipe'
	}
});
