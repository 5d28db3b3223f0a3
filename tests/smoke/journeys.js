// The smoke journeys every engine must pass: read the embedded article, import one, keep a setting, press
// Play, and read offline. Each wait is on something the page shows, with a generous deadline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordRms, startAudioSink } from '../../scripts/audio-sink.js';
import { serve } from '../../scripts/serve.js';
import { locate, stored } from './dom.js';
import { selectors } from './selectors.js';
import { clickOn, waitFor } from './session.js';

const TITLE = 'Israel claims control of key Rafah crossing after rejecting ceasefire deal with Hamas';
const EMBEDDED = '/read/rafah-crossing';
const PARAGRAPHS = 22;
const PASTED_TITLE = 'Tides of the Severn';
const PASTED_PATH = '/read/tides-of-the-severn';
const PASTED = `${PASTED_TITLE}
The estuary has one of the largest tidal ranges in the world.

## How the bore forms
Twice a day the rising tide funnels into the narrowing channel and climbs upstream as a wave.`;
const STEP = { timeout: 90_000 };

/** @param {string} path */
function pathIs(path) {
	return location.pathname.replace(/\/$/, '') === path;
}

/**
 * @param {string} name
 * @param {(audio: { runtime: string }) => Promise<import('./session.js').Session>} launch
 */
export function smokeSuite(name, launch) {
	return test(`${name}: the reader's journeys`, { timeout: 170_000 }, async (t) => {
		const sink = startAudioSink();
		const server = await serve({ port: 0 });
		const address = server.address();
		const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
		/** @type {import('./session.js').Session | undefined} */
		let session;
		try {
			const browser = (session = await launch(sink));
			t.diagnostic(`${browser.engine} against ${origin}`);
			// Firefox reports a page's unfinished module loads as errors when it is left, so every step waits
			// until the app has started (the player is mounted) and its lazy parts have loaded before it moves on.
			const started = async () => {
				await waitFor(browser, 'the player to be mounted', locate, [selectors.play]);
				await loadsSettled(browser);
			};
			const article = async () => {
				await waitFor(browser, 'the embedded article with all its paragraphs', isArticle, [
					TITLE,
					PARAGRAPHS
				]);
				await started();
			};

			await t.test('opens the embedded article', STEP, async () => {
				await browser.goto(`${origin}${EMBEDDED}`);
				await article();
			});

			await t.test('imports a pasted article on /add and keeps it after a reload', STEP, async () => {
				await browser.goto(`${origin}/add`);
				await waitFor(browser, 'the article text field', locate, [selectors.articleText, 'field']);
				await browser.fill('[data-smoke="field"]', PASTED);
				await clickOn(browser, selectors.addText, 'the Add text to library button');
				await waitFor(browser, `the address ${PASTED_PATH}`, pathIs, [PASTED_PATH]);
				await waitFor(browser, `the heading "${PASTED_TITLE}"`, headingIs, [PASTED_TITLE]);
				await browser.reload();
				await waitFor(browser, `the heading "${PASTED_TITLE}" after a reload`, headingIs, [PASTED_TITLE]);
				await started();
			});

			await t.test('keeps a text setting after a reload', STEP, async () => {
				await browser.goto(`${origin}${EMBEDDED}`);
				await openTextSettings(browser);
				await clickOn(browser, selectors.radioLabel('High contrast dark'), 'the High contrast dark theme');
				await waitFor(browser, 'the page in the high contrast dark theme', themeIs, ['high-contrast-dark']);
				await waitFor(browser, 'the theme saved for the next visit', stored, ['lectern-reading-style']);
				await browser.reload();
				await waitFor(browser, 'the theme still chosen after a reload', themeIs, ['high-contrast-dark']);
				await started();
			});

			await t.test('reads aloud when Play is pressed', STEP, async () => {
				await browser.goto(`${origin}${EMBEDDED}`);
				await article();
				await clickOn(browser, selectors.play, 'the Play control');
				// Firefox lists 13,362 espeak-ng voices first (about 10 s); WebKitGTK speaks with Flite.
				const reading = { ...selectors.playerStatus, text: '^Reading' };
				await waitFor(browser, 'the player status "Reading"', locate, [reading], 60_000);
				const { rms, problem } = await loudest(sink.runtime);
				assert.ok(rms > 0.005, `speech is audible in the sink (RMS ${rms}) ${problem}`);
			});

			await t.test('opens the article and the saved one with the server stopped', STEP, async () => {
				await browser.goto(`${origin}${EMBEDDED}`);
				await article();
				// The worker activates only after its install has cached the app, so control means ready offline.
				await waitFor(browser, 'the service worker to control the page', controlled, [], 60_000);
				server.closeAllConnections();
				await new Promise((resolve) => server.close(resolve));
				await browser.reload();
				await article();
				await browser.goto(`${origin}${PASTED_PATH}`);
				await waitFor(browser, `"${PASTED_TITLE}" from IndexedDB, offline`, headingIs, [PASTED_TITLE]);
				await started();
			});

			const { errors } = browser;
			if (errors) await t.test('the page reported no errors', () => assert.deepEqual(errors, []));
		} finally {
			await session?.close();
			if (server.listening) {
				server.closeAllConnections();
				server.close();
			}
			sink.stop();
		}
	});
}

/** @param {string} title @param {number} count */
function isArticle(title, count) {
	const h1 = document.querySelector('h1')?.textContent?.trim();
	return h1 === title && document.querySelectorAll('article p').length === count;
}

/** @param {string} text */
function headingIs(text) {
	return document.querySelector('h1')?.textContent?.trim() === text;
}

/** @param {string} theme */
function themeIs(theme) {
	return document.documentElement.dataset.theme === theme;
}

function controlled() {
	return Boolean(navigator.serviceWorker?.controller);
}

/**
 * Waits until the page has loaded and fetched nothing new for a second (the language menu and the settings
 * code load after the page).
 * @param {import('./session.js').Session} browser
 */
async function loadsSettled(browser) {
	const deadline = Date.now() + 20_000;
	let last = -1;
	let steady = 0;
	while (steady < 3 && Date.now() < deadline) {
		const count = await browser.evaluate(resourcesLoaded);
		steady = count >= 0 && count === last ? steady + 1 : 0;
		last = count;
		await new Promise((resolve) => setTimeout(resolve, 350));
	}
	if (steady < 3) throw new Error(`${browser.engine}: the page kept loading for 20 s`);
}

function resourcesLoaded() {
	return document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1;
}

/**
 * Records the sink until speech is heard or 45 s pass: the status says Reading as soon as Play is pressed, and
 * on a busy machine speech-dispatcher may take many seconds to start its voice. A recording that caught no
 * samples (parec connected too late; sox then gives no RMS) is worth another try, not a failure.
 * @param {string} runtime
 */
async function loudest(runtime) {
	const deadline = Date.now() + 45_000;
	let rms = 0;
	let problem = '';
	while (rms <= 0.005 && Date.now() < deadline) {
		try {
			rms = Math.max(rms, await recordRms(1500, runtime));
		} catch (error) {
			problem = String(error);
		}
	}
	return { rms, problem };
}

/**
 * Opens the Text settings panel. Its code loads after the page, so a click before then does nothing: click
 * again, at most every two seconds, while the button still says the panel is collapsed.
 * @param {import('./session.js').Session} browser
 */
async function openTextSettings(browser) {
	const deadline = Date.now() + 30_000;
	let clicked = 0;
	for (;;) {
		const toggle = await waitFor(browser, 'the Text settings button', locate, [
			selectors.textSettings,
			'target'
		]);
		if (toggle.expanded === 'true') break;
		if (Date.now() > deadline) throw new Error(`${browser.engine}: the Text settings panel never opened`);
		if (Date.now() - clicked > 2_000) {
			await browser.click('[data-smoke="target"]');
			clicked = Date.now();
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await waitFor(browser, 'the theme choices', locate, [selectors.radioLabel('High contrast dark')]);
}
