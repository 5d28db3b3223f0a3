// 4. Read aloud with real espeak-ng voices: from the click on Play to the first utterance's `start`, against a
// bare page calling `speechSynthesis.speak()` with the same sentence, voice and rate from the same click.
import { startAudioSink } from '../scripts/audio-sink.js';
import { launchBrowser, row } from './lib.js';

/** Records the click and, for every utterance that says something, when it started. */
function instrumentSpeech() {
	const win = /** @type {any} */ (window);
	win.__spoken = [];
	addEventListener('click', () => (win.__clickAt ??= performance.now()), true);
	const speak = speechSynthesis.speak.bind(speechSynthesis);
	speechSynthesis.speak = (utterance) => {
		// The blank utterance Lectern's press speaks to unlock speech while its code loads says nothing.
		if (utterance.text.trim() === '') return speak(utterance);
		const entry = {
			text: utterance.text,
			voice: utterance.voice?.name ?? '',
			lang: utterance.lang,
			rate: utterance.rate,
			startAt: /** @type {number | null} */ (null)
		};
		utterance.addEventListener('start', () => (entry.startAt ??= performance.now()));
		win.__spoken.push(entry);
		speak(utterance);
	};
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {(page: import('@playwright/test').Page) => Promise<void>} press
 */
async function pressToSpeech(browser, url, press) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript(instrumentSpeech);
		await page.goto(url);
		// espeak-ng's voices arrive a few seconds after the first call; both pages wait for them.
		await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, { timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		await press(page);
		const handle = await page.waitForFunction(
			() => {
				const win = /** @type {any} */ (window);
				const first = win.__spoken[0];
				return first?.startAt != null && { ...first, delay: first.startAt - win.__clickAt };
			},
			null,
			{ timeout: 30_000 }
		);
		const first = await handle.jsonValue();
		await page.evaluate(() => speechSynthesis.cancel());
		return first;
	} finally {
		await context.close();
	}
}

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function speechSection({ origin, runs, log }) {
	const sink = startAudioSink();
	const browser = await launchBrowser({ env: { ...process.env, XDG_RUNTIME_DIR: sink.runtime } });
	/** @type {number[]} */
	const lectern = [];
	/** @type {number[]} */
	const bare = [];
	let spoken = '';
	try {
		for (let run = 1; run <= runs; run++) {
			const first = await pressToSpeech(browser, `${origin}/read/rafah-crossing`, async (page) => {
				const play = page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Play' });
				await play.click();
			});
			lectern.push(first.delay);
			spoken = `"${first.text}" (${first.voice || 'default voice'}, ${first.lang}, rate ${first.rate})`;
			const query = new URLSearchParams({
				text: first.text,
				voice: first.voice,
				lang: first.lang,
				rate: String(first.rate)
			});
			const baseline = await pressToSpeech(browser, `${origin}/bench/speak?${query}`, (page) =>
				page.getByRole('button', { name: 'Speak' }).click()
			);
			if (baseline.text !== first.text) throw new Error('The bare page spoke other words than Lectern.');
			bare.push(baseline.delay);
			log(`speech run ${run}: Lectern ${first.delay.toFixed(0)} ms, bare ${baseline.delay.toFixed(0)} ms`);
		}
	} finally {
		await browser.close();
		sink.stop();
	}
	return [
		row({
			section: 'Read aloud (espeak-ng)',
			metric: 'Play to first start',
			unit: 'ms',
			lectern,
			baseline: bare,
			baselineName: 'bare speak()',
			goal: 'ratio ≤ 1.2',
			meets: (result) => (result.ratio ?? Infinity) <= 1.2,
			note: `first utterance: ${spoken}`
		})
	];
}
