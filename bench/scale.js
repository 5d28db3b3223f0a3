// 5. Scale: a 100,000-word article made from the embedded one, against the embedded article itself, through
// the same paths: pasted on /add (parse, save), opened from the library's route, read aloud.
import { readFileSync } from 'node:fs';
import { Samples, heapAfterGc, installTimers, launchBrowser, mainThread, row, watchSaves } from './lib.js';
import { longArticleText } from './pages.js';

const LONG_WORDS = 100_000;
/** Sentences the narrator advances through per measurement, after a few to warm up. */
const ADVANCES = 40;
const FAR_SENTENCE = 5000;

/**
 * Speech that starts at once and lasts 16 ms per utterance, so the narrator advances as fast as a frame: what
 * is measured is Lectern's own work per sentence, not a voice's.
 */
function instantSpeech() {
	const win = /** @type {any} */ (window);
	win.__started = 0;
	const voice = { name: 'Bench voice', lang: 'en-GB', localService: true, default: true, voiceURI: 'bench' };
	class Utterance extends EventTarget {
		/** @param {string} text */
		constructor(text = '') {
			super();
			Object.assign(this, { text, lang: '', rate: 1, pitch: 1, volume: 1, voice: null });
			Object.assign(this, { onstart: null, onend: null, onerror: null, onboundary: null });
		}
	}
	/** @param {any} utterance @param {string} type @param {object} [extra] */
	const fire = (utterance, type, extra = {}) => {
		const event = Object.assign(new Event(type), extra);
		utterance[`on${type}`]?.(event);
		utterance.dispatchEvent(event);
	};
	/** @type {any[]} */
	let queue = [];
	/** @type {any} */
	let current = null;
	let timer = 0;
	const next = () => {
		current = queue.shift() ?? null;
		const utterance = current;
		if (!utterance) return;
		timer = window.setTimeout(() => {
			win.__started++;
			fire(utterance, 'start');
			timer = window.setTimeout(() => {
				current = null;
				fire(utterance, 'end');
				next();
			}, 16);
		}, 0);
	};
	const synth = Object.assign(new EventTarget(), {
		paused: false,
		onvoiceschanged: null,
		getVoices: () => [voice],
		/** @param {any} utterance */
		speak(utterance) {
			queue.push(utterance);
			if (!current) next();
		},
		cancel() {
			const cut = [current, ...queue].filter(Boolean);
			queue = [];
			current = null;
			clearTimeout(timer);
			for (const utterance of cut) fire(utterance, 'error', { error: 'canceled' });
		},
		pause() {},
		resume() {}
	});
	Object.defineProperties(synth, {
		speaking: { get: () => current !== null },
		pending: { get: () => queue.length > 0 }
	});
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

/**
 * Pastes `text` on /add and saves it; returns the new article's path, and parse and save times.
 * @param {import('@playwright/test').Page} page @param {string} origin @param {string} text
 */
async function importText(page, origin, text) {
	await page.goto(`${origin}/add`);
	const add = page.getByRole('button', { name: 'Add text to library' });
	await add.waitFor();
	await page.waitForLoadState('networkidle');
	// As a paste arrives: the whole value, then one input event (typing 600 KB through fill() takes minutes)
	await page.locator('#import-text').evaluate((field, text) => {
		/** @type {HTMLTextAreaElement} */ (field).value = text;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);
	const visible = page.evaluate(() => {
		const win = /** @type {any} */ (window);
		addEventListener('click', () => (win.__clickAt ??= performance.now()), { capture: true, once: true });
		return win.__benchWhen('[data-block]');
	});
	await add.click();
	const shown = await visible;
	await page.waitForURL(/\/read\//);
	const timing = await page.evaluate(() => {
		const win = /** @type {any} */ (window);
		return {
			clickAt: win.__clickAt,
			parse: win.__saveAt - win.__clickAt,
			save: win.__savedAt - win.__saveAt
		};
	});
	return { path: new URL(page.url()).pathname, ...timing, visible: shown - timing.clickAt };
}

/**
 * Opens a saved article afresh: time from navigation to its text on screen, and the heap once it is open.
 * @param {import('@playwright/test').Page} page @param {import('@playwright/test').CDPSession} cdp
 * @param {string} url
 */
async function openArticle(page, cdp, url) {
	await page.goto(url);
	const visible = await page.evaluate(() => /** @type {any} */ (window).__benchWhen('[data-block="0"]'));
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await page.waitForLoadState('networkidle');
	return { visible, heap: await heapAfterGc(cdp) };
}

/**
 * The block where the article's `sentence`th sentence is (by the browser's sentence segmenter).
 * @param {import('@playwright/test').Page} page @param {number} sentence
 */
function blockOfSentence(page, sentence) {
	return page.evaluate((target) => {
		const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
		let count = 1; // the title
		for (const block of document.querySelectorAll('[data-block]')) {
			count += [...segmenter.segment(block.textContent ?? '')].length;
			if (count >= target) return Number(/** @type {HTMLElement} */ (block).dataset.block);
		}
		throw new Error(`The article has fewer than ${target} sentences.`);
	}, sentence);
}

/**
 * Main-thread time per sentence while the narrator advances from `block`, started with its "Read from here"
 * button (offered once reading has started).
 * @param {import('@playwright/test').Page} page @param {import('@playwright/test').CDPSession} cdp
 * @param {number} block
 */
async function advanceCost(page, cdp, block) {
	const started = () => page.evaluate(() => /** @type {any} */ (window).__started);
	// The buttons come with read-aloud's code, which the first Play loads.
	const button = await page.waitForFunction(
		(block) => {
			const element = document.querySelector(`[data-block="${block}"]`)?.previousElementSibling;
			return element instanceof HTMLButtonElement ? element : null;
		},
		block,
		{ timeout: 10_000 }
	);
	await button.evaluate((element) => /** @type {HTMLButtonElement} */ (element).click());
	const from = (await started()) + 3;
	await page.waitForFunction((count) => /** @type {any} */ (window).__started >= count, from);
	const before = await mainThread(cdp);
	const first = await started();
	await page.waitForFunction((count) => /** @type {any} */ (window).__started >= count, first + ADVANCES);
	const after = await mainThread(cdp);
	const advanced = (await started()) - first;
	// Where the highlight is now: the block holding the highlighted sentence
	const at = await page.evaluate(() => {
		const highlight = /** @type {any} */ (CSS).highlights.get('lectern-sentence');
		const range = highlight ? [...highlight][0] : null;
		const node = range?.startContainer;
		const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
		return Number(element?.closest('[data-block]')?.dataset.block ?? -1);
	});
	/** @param {string} key */
	const ms = (key) => (((after[key] ?? NaN) - (before[key] ?? NaN)) * 1000) / advanced;
	return {
		task: ms('TaskDuration'),
		script: ms('ScriptDuration'),
		style: ms('RecalcStyleDuration'),
		layout: ms('LayoutDuration'),
		at
	};
}

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function scaleSection({ origin, runs, log }) {
	// 2% more sentences than the far one, so it is never the last
	const long = longArticleText(LONG_WORDS, FAR_SENTENCE * 1.02);
	const short = readFileSync('build/articles/rafah-crossing.txt', 'utf8');
	const browser = await launchBrowser();
	const values = { long: new Samples(), short: new Samples() };
	const record = (
		/** @type {'long' | 'short'} */ which,
		/** @type {string} */ key,
		/** @type {number} */ value
	) => values[which].add(key, value);
	let farBlock = -1;
	/** @type {number[]} */
	const highlightAt = [];
	try {
		const context = await browser.newContext();
		await context.addInitScript(installTimers);
		await context.addInitScript(instantSpeech);
		await context.addInitScript(watchSaves);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		/** @type {Record<'long' | 'short', string>} */
		const paths = { long: '', short: '' };
		for (let run = 1; run <= runs; run++) {
			for (const which of /** @type {const} */ (['short', 'long'])) {
				const imported = await importText(page, origin, which === 'long' ? long.text : short);
				paths[which] = imported.path;
				record(which, 'parse', imported.parse);
				record(which, 'save', imported.save);
				record(which, 'import', imported.visible);
				log(
					`scale run ${run} ${which}: parse ${imported.parse.toFixed(0)} ms, save ${imported.save.toFixed(0)} ms`
				);
			}
		}
		for (let run = 1; run <= runs; run++) {
			for (const which of /** @type {const} */ (['short', 'long'])) {
				const opened = await openArticle(page, cdp, `${origin}${paths[which]}`);
				record(which, 'open', opened.visible);
				record(which, 'heap', opened.heap / 1024 / 1024);
				log(
					`scale run ${run} ${which}: open ${opened.visible.toFixed(0)} ms, heap ${(opened.heap / 1e6).toFixed(1)} MB`
				);
			}
		}
		// The long article is open: advance the highlight near its start, then near sentence 5,000
		farBlock = await blockOfSentence(page, FAR_SENTENCE);

		const player = page.getByRole('region', { name: 'Read aloud' });
		await player.getByRole('button', { name: 'Play' }).click();
		// One round unrecorded: the first visit to each place lays its blocks out for the first time
		await advanceCost(page, cdp, 0);
		await advanceCost(page, cdp, farBlock);
		for (let run = 1; run <= runs; run++) {
			const near = await advanceCost(page, cdp, 0);
			const far = await advanceCost(page, cdp, farBlock);
			values.long.add('near', near.task);
			values.long.add('far', far.task);
			values.long.add('near script', near.script);
			values.long.add('far script', far.script);
			highlightAt.push(far.at);
			if (far.at < farBlock) throw new Error(`Reading did not move to block ${farBlock} (at ${far.at}).`);
			log(
				`scale run ${run}: per sentence ${near.task.toFixed(2)} ms at the start, ${far.task.toFixed(2)} ms far ` +
					`(script ${far.script.toFixed(2)}, style ${far.style.toFixed(2)}, layout ${far.layout.toFixed(2)} ms)`
			);
		}
		// Escape stops the reading from anywhere (Stop itself is in the options sheet)
		await page.keyboard.press('Escape');
		await context.close();
	} finally {
		await browser.close();
	}
	const section = `Scale (${long.copies} copies, ≥ ${LONG_WORDS.toLocaleString('en')} words)`;
	const vs = { baselineName: 'embedded article' };
	return [
		row({
			section,
			metric: 'parse',
			unit: 'ms',
			lectern: values.long.get('parse'),
			baseline: values.short.get('parse'),
			...vs
		}),
		row({
			section,
			metric: 'save',
			unit: 'ms',
			lectern: values.long.get('save'),
			baseline: values.short.get('save'),
			...vs
		}),
		row({
			section,
			metric: 'click Add to text shown',
			unit: 'ms',
			lectern: values.long.get('import'),
			baseline: values.short.get('import'),
			...vs
		}),
		row({
			section,
			metric: 'open to text shown',
			unit: 'ms',
			lectern: values.long.get('open'),
			baseline: values.short.get('open'),
			...vs
		}),
		row({
			section,
			metric: 'JS heap after opening',
			unit: 'MB',
			lectern: values.long.get('heap'),
			baseline: values.short.get('heap'),
			...vs
		}),
		// Lectern's own work per sentence (script): what must not grow with the article.
		row({
			section,
			metric: `script per sentence at sentence ${FAR_SENTENCE}`,
			unit: 'ms',
			lectern: values.long.get('far script'),
			baseline: values.long.get('near script'),
			baselineName: 'at sentence 1',
			goal: 'ratio ≤ 1.5 (O(1))',
			meets: (result) => (result.ratio ?? Infinity) <= 1.5,
			note: `sentence ${FAR_SENTENCE} starts in block ${farBlock}; the highlight was in block ${highlightAt.join(', ')} when measured`
		}),
		// Every main-thread task, frames included: the page scrolls smoothly to follow during the pauses between
		// paragraphs, so this is mostly painting, not Lectern's script.
		row({
			section,
			metric: `main thread per sentence at sentence ${FAR_SENTENCE}`,
			unit: 'ms',
			lectern: values.long.get('far'),
			baseline: values.long.get('near'),
			baselineName: 'at sentence 1'
		})
	];
}
