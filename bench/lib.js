// What every part of the benchmark shares: statistics, the browser, in-page timers and rows of results.
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, MISSING_BROWSER, findChrome } from '../scripts/find-chrome.js';

/**
 * @typedef {{ median: number, min: number, max: number, runs: number }} Summary
 * @typedef {{
 *   section: string, metric: string, unit: string,
 *   lectern: Summary, baseline?: Summary, baselineName?: string,
 *   ratio?: number, goal?: string, met?: boolean, note?: string
 * }} Row
 * @typedef {{ origin: string, runs: number, log: (line: string) => void }} Context
 */

/** @param {number[]} values @returns {Summary} */
export function summarise(values) {
	if (values.length === 0) throw new Error('Nothing was measured.');
	const sorted = [...values].sort((a, b) => a - b);
	const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
	return { median, min: at(0), max: at(sorted.length - 1), runs: sorted.length };
}

/** Measurements by name, in the order taken. */
export class Samples {
	/** @type {Map<string, number[]>} */
	#series = new Map();

	/** @param {string} name @param {number} value */
	add(name, value) {
		const series = this.#series.get(name) ?? [];
		series.push(value);
		this.#series.set(name, series);
	}

	/** @param {string} name @returns {number[]} */
	get(name) {
		const series = this.#series.get(name);
		if (!series) throw new Error(`Nothing was measured for ${name}.`);
		return series;
	}
}

/**
 * A row comparing Lectern with a baseline measured in the same run; the ratio is of the medians.
 * @param {Omit<Row, 'lectern' | 'baseline' | 'ratio' | 'met'> & {
 *   lectern: number[], baseline?: number[], goal?: string, meets?: (row: Row) => boolean
 * }} spec
 * @returns {Row}
 */
export function row({ lectern, baseline, meets, ...rest }) {
	/** @type {Row} */
	const result = { ...rest, lectern: summarise(lectern) };
	if (baseline) {
		result.baseline = summarise(baseline);
		result.ratio = result.baseline.median === 0 ? NaN : result.lectern.median / result.baseline.median;
	}
	if (meets) result.met = meets(result);
	return result;
}

/** @param {{ env?: Record<string, string | undefined>, args?: string[] }} [options] */
export async function launchBrowser({ env, args = [] } = {}) {
	const executablePath = findChrome();
	if (!executablePath) throw new Error(MISSING_BROWSER);
	return chromium.launch({ executablePath, args: [...CHROME_FLAGS, ...args], env });
}

/**
 * In-page timers, installed before the app runs. `__benchWhen(selector, count)` resolves with the time (ms
 * since navigation) of the first frame painted after `count` elements match; `__lcp` keeps the largest
 * contentful paint.
 */
export function installTimers() {
	const win = /** @type {any} */ (window);
	win.__lcp = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) win.__lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	/** After the next frame is painted: a task queued from requestAnimationFrame runs after the paint. */
	const afterPaint = () =>
		new Promise((resolve) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.now());
				channel.port2.postMessage(null);
			})
		);
	/** @param {string} selector @param {number} [count] */
	win.__benchWhen = (selector, count = 1) =>
		new Promise((resolve) => {
			const done = () => document.querySelectorAll(selector).length >= count;
			if (document.readyState !== 'loading' && done()) return resolve(afterPaint());
			const observer = new MutationObserver(() => {
				if (!done()) return;
				observer.disconnect();
				resolve(afterPaint());
			});
			observer.observe(document, { childList: true, subtree: true });
		});
}

/**
 * Main-thread time as Chromium counts it (seconds, cumulative), for work that is too short to time alone.
 * @param {import('@playwright/test').CDPSession} cdp
 * @returns {Promise<Record<string, number>>}
 */
export async function mainThread(cdp) {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/**
 * The JavaScript heap in use after a full garbage collection, in bytes.
 * @param {import('@playwright/test').CDPSession} cdp
 */
export async function heapAfterGc(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize;
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches the page's IndexedDB calls, so the bench times parse and save without marks in the app: after the
 * click, the app parses until it opens the write to `articles` (parsing is nearly all of that time), and has
 * saved when that transaction completes.
 */
export function watchSaves() {
	const win = /** @type {any} */ (window);
	const transaction = IDBDatabase.prototype.transaction;
	/** @type {any} */ (IDBDatabase.prototype).transaction = function (
		/** @type {string | string[]} */ stores,
		/** @type {IDBTransactionMode} */ mode,
		/** @type {any[]} */ ...rest
	) {
		const tx = transaction.call(this, stores, mode, ...rest);
		const names = typeof stores === 'string' ? [stores] : [...stores];
		if (mode === 'readwrite' && names.includes('articles') && win.__clickAt !== undefined && !win.__saveAt) {
			win.__saveAt = performance.now();
			tx.addEventListener('complete', () => (win.__savedAt = performance.now()));
		}
		return tx;
	};
}
