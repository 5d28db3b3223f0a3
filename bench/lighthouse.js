// 1. Lighthouse (mobile emulation, simulated throttling, cold cache) on the reader page, on the start page the
// installed app opens (the library), and on the bare page of the same article, in turn, from the same server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, MISSING_BROWSER, findChrome } from '../scripts/find-chrome.js';
import { Samples, row } from './lib.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = /** @type {const} */ ([
	['first-contentful-paint', 'FCP', 'ms', '', () => true],
	['largest-contentful-paint', 'LCP', 'ms', 'ratio ≤ 1.10', (/** @type {any} */ r) => r.ratio <= 1.1],
	['total-blocking-time', 'TBT', 'ms', '0 ms', (/** @type {any} */ r) => r.lectern.max === 0],
	['cumulative-layout-shift', 'CLS', '', '0', (/** @type {any} */ r) => r.lectern.max === 0],
	['total-byte-weight', 'bytes transferred', 'KB', '', () => true]
]);

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function lighthouseSection({ origin, runs, log }) {
	const chromePath = findChrome();
	if (!chromePath) throw new Error(MISSING_BROWSER);
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
	const values = { reader: new Samples(), start: new Samples(), bare: new Samples() };
	/** @type {{ reader: Record<string, string[]>, start: Record<string, string[]> }} the last run's audits under 1 */
	const failing = { reader: {}, start: {} };
	/** @type {Record<'reader' | 'start' | 'bare', string>} */
	const pages = {
		reader: `${origin}/read/rafah-crossing`,
		start: `${origin}/`,
		bare: `${origin}/bench/bare-article`
	};
	try {
		for (let run = 1; run <= runs; run++) {
			for (const name of /** @type {const} */ (['reader', 'start', 'bare'])) {
				const url = pages[name];
				const result = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES
				});
				const lhr = result?.lhr;
				if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
				if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
				const samples = values[name];
				const record = (/** @type {string} */ key, /** @type {number} */ value) => samples.add(key, value);
				for (const [id] of METRICS) record(id, lhr.audits[id]?.numericValue ?? NaN);
				for (const category of CATEGORIES) record(category, (lhr.categories[category]?.score ?? 0) * 100);
				if (name !== 'bare') {
					// What keeps each category under 100, named, so the table can say why
					for (const category of CATEGORIES) {
						failing[name][category] = (lhr.categories[category]?.auditRefs ?? [])
							.filter((ref) => ref.weight > 0 || ref.group === 'metrics')
							.flatMap((ref) => lhr.audits[ref.id] ?? [])
							.filter((audit) => audit.score !== null && audit.score < 1)
							.map((audit) => `${audit.id} (${audit.displayValue || audit.score})`);
					}
				}
				// Both reports are kept for a closer look (bench/.lighthouse, not committed)
				mkdirSync('bench/.lighthouse', { recursive: true });
				writeFileSync(`bench/.lighthouse/${name}-${run}.json`, JSON.stringify(lhr));
				log(
					`lighthouse ${name} run ${run}: LCP ${Math.round(samples.get('largest-contentful-paint').at(-1) ?? 0)} ms`
				);
			}
		}
	} finally {
		await chrome.kill();
	}
	/** @param {'reader' | 'start'} name @param {string} section */
	const rows = (name, section) => [
		...METRICS.map(([id, metric, unit, goal, meets]) => {
			const scale = unit === 'KB' ? 1 / 1024 : 1;
			return row({
				section,
				metric,
				unit,
				lectern: values[name].get(id).map((value) => value * scale),
				baseline: values.bare.get(id).map((value) => value * scale),
				baselineName: 'bare HTML',
				goal: goal || undefined,
				meets: goal ? meets : undefined
			});
		}),
		...CATEGORIES.map((category) =>
			row({
				section,
				metric: `${category} score`,
				unit: '',
				lectern: values[name].get(category),
				baseline: values.bare.get(category),
				baselineName: 'bare HTML',
				goal: '100',
				meets: (result) => result.lectern.min === 100,
				note: failing[name][category]?.length
					? `under 1 in the last run: ${failing[name][category]?.join(', ')}`
					: undefined
			})
		)
	];
	return [
		...rows('reader', 'Lighthouse, reader (mobile, simulated 4G)'),
		...rows('start', 'Lighthouse, start page: library (mobile, simulated 4G)')
	];
}
