// Deterministic size budgets over the production build: bytes shipped, never times (those are `npm run bench`).
import { join } from 'node:path';
import { precachedBytes, shippedBytes } from '../../bench/shipped.js';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';

/**
 * JavaScript the reader page needs to hydrate the article: the modules its start-up preloads, fetched after
 * the first paint (counted before the `load` event until start-up moved after the paint: the same modules).
 * 40 KB until the reading settings: their pre-paint script (0.2 KB, the price of no flash) and the loader of
 * their deferred code (0.5 KB) raised the first load from 39.6 to 40.3 KB. The library and import pages
 * (0.9 KB): the Svelte runtime is one chunk shared by every page, so the features they use (select binding,
 * await blocks) and the reader's loader for saved articles raised it to 41.7 KB. The phone work (issue 15: the
 * header's icons, the script that holds a tap made before start-up) and the article header's bylines and
 * dates (issue 18) raised it to 44.4 KB. Not met: issue 15's aim is to take it back down.
 */
const FIRST_LOAD_BUDGET = 45 * 1024;
/**
 * Everything the page loads by network idle before any press: storage, settings, the service worker's
 * registration and the read-aloud bar. 64.3 KB before the library; the library's storage, the listening
 * features and the phone player took it to 83.3 KB with the whole player loaded at idle. Read-aloud's own code
 * (the controller, narrator, voices, highlight and the worker that cuts the speech items: 22 KB) now loads when
 * the reader reaches for the bar (src/lib/player/lazy-player.svelte.ts), and line focus when it is turned on:
 * 63.9 KB; what a second review asked of the bar (Escape takes back a waiting Play, no player where the browser
 * cannot speak), 64.0 KB. Storage's code (its migrations and repositories, 6.5 KB) now loads when the reader
 * first does something on the page (src/lib/engagement.ts); before that a peek reads the saved place and
 * settings (src/lib/storage/peek.ts): 58.5 KB, and 58.8 KB with a review's fixes. Issue 15 asks for 60 KB.
 */
const AFTER_IDLE_BUDGET = 60 * 1024;
/**
 * The reader's HTML: the article's text twice (as text and as hydration data) and the page's CSS, inlined so
 * that no stylesheet blocks the first paint (7.1 KB). CSS fetched as a file is only the deferred components'.
 * The header's three inline icons and the player's fixed bar, the library's held list and the tap-holding
 * inline script made it 8.7 KB.
 */
const HTML_BUDGET = 9 * 1024;
const CSS_BUDGET = 2 * 1024;
/**
 * Everything kept for offline reading, uncompressed (637 KB; fonts are fetched only when chosen). @readium/speech's
 * voice data (47 languages, 176 KB, and its 74 KB module) raised it to 907 KB, so voices rank offline for any
 * article's language. The manifest's screenshots are no longer precached (only the online install offer shows
 * them): 793 KB. The queue, "Fix how this is said" and the split add page: 826.5 KB. The lazy player and the
 * storage peek (which load less by idle, and ship a little more in all): 840.3 KB; a review's fixes to them (a
 * failed load of storage's code said, the peek's time limit, arriving from another page counting): 841.1 KB.
 */
const PRECACHE_BUDGET = 842 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the reader page ships at most 45 KB of JavaScript (gzipped) to start, 60 KB by network idle', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	// Deferred work after load and idle: the service worker registration, the peek at storage, and the bar.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await page.waitForLoadState('networkidle');
	const shipped = await shippedBytes(page, join('build', `${EMBEDDED_PATH}.html`));
	const precache = await precachedBytes(page);
	console.log(
		`reader, gzipped: JavaScript first load ${kb(shipped.firstLoad.bytes)} (${shipped.firstLoad.files} files + ` +
			`${shipped.firstLoad.inline} inline); with deferred code ${kb(shipped.allScripts.bytes)} ` +
			`(${shipped.allScripts.files} files); CSS ${kb(shipped.css.bytes)}; HTML ${kb(shipped.html)}. ` +
			`Precache ${kb(precache.bytes)} in ${precache.entries} entries`
	);
	expect(shipped.firstLoad.files).toBeGreaterThan(0);
	expect(shipped.allScripts.files).toBeGreaterThan(shipped.firstLoad.files);
	expect(shipped.firstLoad.bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
	expect(shipped.allScripts.bytes).toBeLessThanOrEqual(AFTER_IDLE_BUDGET);
	expect(shipped.css.bytes + shipped.html).toBeGreaterThan(0);
	expect(shipped.css.bytes).toBeLessThanOrEqual(CSS_BUDGET);
	expect(shipped.html).toBeLessThanOrEqual(HTML_BUDGET);
	expect(precache.entries).toBeGreaterThan(10);
	expect(precache.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
});

// Lighthouse counts every request made before the first paint against it (LCP 1.8 s against the bare
// article's 0.8 s when SvelteKit's start-up ran in the head), so the page paints before it asks for code.
test('the reader page paints its article before it requests any JavaScript, then starts', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	const { painted, firstScript, scripts } = await page.evaluate(() => {
		const scriptStarts = performance
			.getEntriesByType('resource')
			.filter((entry) => new URL(entry.name).pathname.startsWith('/_app/') && entry.name.endsWith('.js'))
			.map((entry) => entry.startTime);
		return {
			painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
			firstScript: Math.min(...scriptStarts),
			scripts: scriptStarts.length
		};
	});
	expect(scripts).toBeGreaterThan(10);
	expect(painted).toBeLessThan(firstScript);
});
