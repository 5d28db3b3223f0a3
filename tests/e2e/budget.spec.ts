// Deterministic size budgets over the production build: bytes shipped, never times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';

/**
 * JavaScript the reader page needs to show and hydrate the article (everything before the `load` event).
 * 40 KB until the reading settings: their pre-paint script (0.2 KB, the price of no flash) and the loader of
 * their deferred code (0.5 KB) raised the first load from 39.6 to 40.3 KB. The library and import pages
 * (0.9 KB): the Svelte runtime is one chunk shared by every page, so the features they use (select binding,
 * await blocks) and the reader's loader for saved articles raised it to 41.7 KB.
 */
const FIRST_LOAD_BUDGET = 42 * 1024;
/** Everything, once the deferred code (offline, storage, settings and the whole read-aloud player) has loaded. */
// 64.3 KB before the library; storage v4 (sort keys, shares) and the larger shared runtime make it 68.3 KB.
const AFTER_IDLE_BUDGET = 70 * 1024;

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the reader page ships at most 42 KB of JavaScript (gzipped) before load, 70 KB with deferred code', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	// Deferred work after load and idle: the service worker registration, storage and the player.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await page.waitForLoadState('networkidle');
	// The browser's own record says which scripts were fetched before the load event and which after.
	const { firstLoad, every } = await page.evaluate(() => {
		const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
		const scripts = performance
			.getEntriesByType('resource')
			.filter((entry) => new URL(entry.name).pathname.match(/^\/_app\/.*\.js$/));
		const path = (entry: PerformanceEntry) => new URL(entry.name).pathname;
		return {
			firstLoad: scripts.filter((entry) => entry.startTime < (navigation?.loadEventStart ?? 0)).map(path),
			every: [...new Set(scripts.map(path))]
		};
	});
	const scripts = new Set(every);

	// Inline scripts that run count too; JSON data blocks (the article, inlined for hydration) are not code.
	const html = readFileSync(join('build', `${EMBEDDED_PATH}.html`), 'utf8');
	const inline = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)];
	const inlineBytes = inline.reduce((sum, [, code]) => sum + gzipped(code ?? ''), 0);
	const size = (paths: string[]) =>
		paths.reduce((sum, path) => sum + gzipped(readFileSync(join('build', path))), inlineBytes);

	const first = size(firstLoad);
	const all = size([...scripts]);
	console.log(
		`reader JavaScript, gzipped: first load ${kb(first)} (${firstLoad.length} files + ${inline.length} inline); ` +
			`with deferred code ${kb(all)} (${scripts.size} files)`
	);
	expect(firstLoad.length).toBeGreaterThan(0);
	expect(scripts.size).toBeGreaterThan(firstLoad.length);
	expect(first).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
	expect(all).toBeLessThanOrEqual(AFTER_IDLE_BUDGET);
});
