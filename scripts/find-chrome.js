// Finds a Chrome or Chromium for the tests and the benchmark: CHROME_PATH, then system paths, then Playwright's own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** @returns {string | undefined} the path of a browser executable that exists */
export function findChrome() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
	}
	const system = SYSTEM_PATHS.find((path) => existsSync(path));
	if (system) return system;
	try {
		const require = createRequire(import.meta.url);
		/** @type {{ chromium: { executablePath(): string } }} */
		const playwright = require('playwright-core');
		const own = playwright.chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch (error) {
		console.warn(`Playwright's own browser was not found: ${String(error)}`);
	}
	return undefined;
}

export const MISSING_BROWSER =
	'No Chrome or Chromium found. On Debian/Ubuntu run `sudo scripts/setup.sh` (installs chromium); ' +
	'elsewhere install Chrome or Chromium, or set CHROME_PATH to its executable.';

/** Flags that keep headless Chromium quiet on a closed network (see TESTING.md). */
export const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--enable-speech-dispatcher'
];

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = findChrome();
	if (!path) {
		console.error(MISSING_BROWSER);
		process.exit(1);
	}
	console.log(path);
}
