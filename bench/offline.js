// 3. A warm reload of the reader with the network off, served by the service worker, against the same reload
// online; time to the article's largest paint (LCP) and first paint (FCP).
import { installTimers, launchBrowser, row } from './lib.js';

/** @param {import('@playwright/test').Page} page */
async function reloadTimes(page) {
	await page.reload();
	await page.evaluate(() => /** @type {any} */ (window).__benchWhen('#title'));
	// LCP is final once the page is idle; the article's text is its largest paint.
	await page.waitForLoadState('networkidle');
	return page.evaluate(() => ({
		lcp: /** @type {any} */ (window).__lcp,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
	}));
}

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function offlineSection({ origin, runs, log }) {
	const browser = await launchBrowser();
	const context = await browser.newContext();
	/** @type {Record<'online' | 'offline', { lcp: number[], fcp: number[] }>} */
	const times = { online: { lcp: [], fcp: [] }, offline: { lcp: [], fcp: [] } };
	try {
		const page = await context.newPage();
		await page.addInitScript(installTimers);
		await page.goto(`${origin}/read/rafah-crossing`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		for (let run = 1; run <= runs; run++) {
			for (const mode of /** @type {const} */ (['online', 'offline'])) {
				await context.setOffline(mode === 'offline');
				const { lcp, fcp } = await reloadTimes(page);
				times[mode].lcp.push(lcp);
				times[mode].fcp.push(fcp);
				log(`offline run ${run} ${mode}: LCP ${lcp.toFixed(0)} ms`);
			}
		}
		await context.setOffline(false);
	} finally {
		await browser.close();
	}
	const section = 'Offline (warm reload, service worker)';
	return [
		row({
			section,
			metric: 'LCP offline',
			unit: 'ms',
			lectern: times.offline.lcp,
			baseline: times.online.lcp,
			baselineName: 'same, online',
			goal: 'ratio ≤ 1.10',
			meets: (result) => (result.ratio ?? Infinity) <= 1.1
		}),
		row({
			section,
			metric: 'FCP offline',
			unit: 'ms',
			lectern: times.offline.fcp,
			baseline: times.online.fcp,
			baselineName: 'same, online'
		})
	];
}
