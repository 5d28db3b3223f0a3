// 2. Bytes: what the reader page ships, gzipped, against the bare page's HTML, and what the service worker
// keeps for offline reading. Deterministic, so measured once; the budgets are tests (tests/e2e/budget.spec.ts).
import { join } from 'node:path';
import { launchBrowser, row } from './lib.js';
import { bareArticlePage } from './pages.js';
import { gzipped, precachedBytes, shippedBytes } from './shipped.js';

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function bytesSection({ origin }) {
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${origin}/read/rafah-crossing`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
		await page.getByRole('region', { name: 'Read aloud' }).waitFor();
		await page.waitForLoadState('networkidle');
		const shipped = await shippedBytes(page, join('build', 'read', 'rafah-crossing.html'));
		const precache = await precachedBytes(page);
		const kb = (/** @type {number} */ bytes) => [bytes / 1024];
		const section = 'Bytes (gzipped)';
		const bare = { baseline: kb(gzipped(bareArticlePage())), baselineName: 'bare HTML' };
		const total = shipped.html + shipped.firstLoad.bytes + shipped.css.bytes;
		return [
			row({ section, metric: 'HTML', unit: 'KB', lectern: kb(shipped.html), ...bare }),
			row({ section, metric: 'CSS', unit: 'KB', lectern: kb(shipped.css.bytes) }),
			row({
				section,
				metric: 'JavaScript to start (after the first paint)',
				unit: 'KB',
				lectern: kb(shipped.firstLoad.bytes),
				goal: '≤ 45 KB (budget test)',
				meets: (result) => result.lectern.median <= 45
			}),
			row({
				section,
				metric: 'JavaScript with deferred code',
				unit: 'KB',
				lectern: kb(shipped.allScripts.bytes),
				goal: '≤ 60 KB by network idle (issue 15)',
				meets: (result) => result.lectern.median <= 60
			}),
			row({ section, metric: 'HTML + CSS + JS to start', unit: 'KB', lectern: kb(total), ...bare }),
			row({
				section,
				metric: `precache, uncompressed (${precache.entries} entries)`,
				unit: 'KB',
				lectern: kb(precache.bytes)
			})
		];
	} finally {
		await browser.close();
	}
}
