// Firefox ESR driven over WebDriver BiDi by puppeteer-core (no browser download: Debian's firefox-esr).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { missing } from './session.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * @param {{ runtime: string }} audio the private PulseAudio's XDG_RUNTIME_DIR: Firefox's speech-dispatcher,
 *   which it starts itself, plays into that null sink
 * @returns {Promise<import('./session.js').Session>}
 */
export async function launchFirefox({ runtime }) {
	if (!existsSync(FIREFOX)) throw new Error(missing(`Firefox (${FIREFOX})`, 'firefox-esr'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		env: { ...process.env, XDG_RUNTIME_DIR: runtime },
		extraPrefsFirefox: { 'media.webspeech.synth.enabled': true }
	});
	const page = await browser.newPage();
	/** @type {string[]} */
	const errors = [];
	// Firefox fails the module loads of a page that is being left, as uncaught errors of that page; they say
	// nothing about the app. Every other error counts, including a module that fails in the page being read.
	let leaving = false;
	page.on('request', (request) => {
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) leaving = true;
	});
	page.on('load', () => (leaving = false));
	page.on('pageerror', (error) => {
		const aborted = leaving && /error loading dynamically imported module/.test(String(error));
		if (!aborted) errors.push(`uncaught: ${String(error)}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	const options = /** @type {const} */ ({ waitUntil: 'load', timeout: 30_000 });
	return {
		engine: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
		errors,
		goto: async (url) => void (await page.goto(url, options)),
		reload: async () => void (await page.reload(options)),
		url: async () => page.url(),
		// Puppeteer's types unwrap element handles among the arguments; the journeys pass plain JSON values.
		evaluate: (fn, ...args) =>
			/** @type {Promise<any>} */ (page.evaluate(/** @type {(...a: unknown[]) => unknown} */ (fn), ...args)),
		click: (css) => page.click(css),
		fill: (css, text) => page.locator(css).fill(text),
		close: () => browser.close()
	};
}
