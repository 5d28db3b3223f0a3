// 5 (cont.). The library with 10 saved articles against 1,000: time from navigation to the first page of the
// list on screen.
import { Samples, installTimers, launchBrowser, row } from './lib.js';

const FEW = 10;
const MANY = 1000;

/**
 * Writes `count` articles in the shape the app saves them (storage v4), in one transaction.
 * @param {import('@playwright/test').Page} page @param {number} count
 */
function fill(page, count) {
	return page.evaluate(async (count) => {
		const db = await new Promise((resolve, reject) => {
			const open = indexedDB.open('lectern');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = /** @type {IDBDatabase} */ (db).transaction('articles', 'readwrite');
		const now = Date.now();
		for (let n = 1; n <= count; n++) {
			const title = `Bench article ${n}`;
			const source = `${title}\n\n${'A sentence of a saved article. '.repeat(40)}`;
			tx.objectStore('articles').put({
				id: `bench-${n}`,
				title,
				lang: 'en-GB',
				dir: 'ltr',
				source,
				sourceKind: 'text',
				blocks: [{ kind: 'paragraph', text: source.slice(title.length + 2) }],
				blockCount: 1,
				wordCount: 243,
				origin: 'Pasted text',
				createdAt: now - n * 60_000,
				updatedAt: now - n * 60_000,
				recentAt: now - n * 60_000,
				sortTitle: title.toLowerCase()
			});
		}
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		/** @type {IDBDatabase} */ (db).close();
	}, count);
}

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function librarySection({ origin, runs, log }) {
	const browser = await launchBrowser();
	const times = new Samples();
	try {
		for (const count of [FEW, MANY]) {
			const context = await browser.newContext();
			await context.addInitScript(installTimers);
			const page = await context.newPage();
			await page.goto(`${origin}/`);
			await page.locator('.entries > li').first().waitFor();
			await page.waitForLoadState('networkidle');
			await fill(page, count);
			// The embedded article and the first page of saved ones (50 at a time)
			const shown = Math.min(count + 1, 50);
			for (let run = 1; run <= runs; run++) {
				await page.reload();
				const at = await page.evaluate(
					(shown) => /** @type {any} */ (window).__benchWhen('.entries > li', shown),
					shown
				);
				times.add(String(count), at);
				log(`library ${count} run ${run}: ${at.toFixed(0)} ms`);
			}
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return [
		row({
			section: 'Library',
			metric: `${MANY.toLocaleString('en')} articles: first page listed`,
			unit: 'ms',
			lectern: times.get(String(MANY)),
			baseline: times.get(String(FEW)),
			baselineName: `${FEW} articles`,
			goal: 'ratio ≤ 3',
			meets: (result) => (result.ratio ?? Infinity) <= 3
		})
	];
}
