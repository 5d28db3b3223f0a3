// Read aloud with REAL speech: Chromium → speech-dispatcher → espeak-ng → PulseAudio's null sink (recorded).
import { recordRms } from './helpers/audio';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { openAddPage, pasteArticle } from './helpers/library';
import { addRule } from './helpers/settings';

// One speech-dispatcher and one audio sink: these tests must not speak at once (in parallel, one page's speech
// interrupted the other's), so they run one after the other in one worker.
test.describe.configure({ mode: 'serial' });

/** The text under the read-aloud highlight right now. */
function highlighted(page: import('@playwright/test').Page): Promise<string> {
	return page.evaluate(() => {
		const highlight = CSS.highlights.get('lectern-sentence');
		const range = highlight ? [...highlight][0] : undefined;
		return range instanceof Range ? range.toString() : '';
	});
}

test('Play speaks sentences in order with the highlight following; Pause silences; Resume continues', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto(EMBEDDED_PATH);
	const player = page.getByRole('region', { name: 'Read aloud' });
	const play = player.getByRole('button', { name: 'Play' });
	await expect(play).toBeVisible();
	// As a keyboard user: a pointer click may scroll the page first, which moves where reading starts.
	await play.focus();
	await page.keyboard.press('Enter');

	// Voices arrive after a few seconds (espeak-ng lists 13,362); the status says so, once.
	const status = player.getByRole('status');
	await expect(status).toHaveText('Reading', { timeout: 30_000 });

	const heard: string[] = [];
	await expect
		.poll(
			async () => {
				const text = await highlighted(page);
				if (text && heard.at(-1) !== text) heard.push(text);
				return heard.length;
			},
			{ timeout: 60_000, intervals: [100] }
		)
		.toBeGreaterThanOrEqual(3);
	// At the top of the page, Play starts with the title; then the article's sentences, in reading order.
	expect(heard[0]).toBe(
		'Israel claims control of key Rafah crossing after rejecting ceasefire deal with Hamas'
	);
	const articleText = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
	const positions = heard.map((sentence) => articleText.indexOf(sentence.replace(/\s+/g, ' ')));
	expect(
		positions.every((at) => at >= 0),
		`heard: ${heard.join(' | ')}`
	).toBe(true);
	expect([...positions].sort((a, b) => a - b)).toEqual(positions);

	const playingRms = await recordRms(1500);
	expect(playingRms, 'speech is audible while playing').toBeGreaterThan(0.005);

	const atPause = await highlighted(page);
	await player.getByRole('button', { name: 'Pause' }).click();
	await expect(status).toHaveText('Paused');
	await page.waitForTimeout(1000);
	const pausedRms = await recordRms(1500);
	expect(pausedRms, 'silent within a second of Pause').toBeLessThan(0.001);

	await player.getByRole('button', { name: 'Resume' }).click();
	await expect(status).toHaveText('Reading');
	expect(await highlighted(page), 'Resume continues at the same sentence').toBe(atPause);
	await expect.poll(() => recordRms(1000), { timeout: 15_000 }).toBeGreaterThan(0.005);
});

/** Every utterance the page hands to the real speechSynthesis, with when the engine started and ended it. */
interface Heard {
	text: string;
	voice: string;
	voiceLang: string;
	start: number | null;
	end: number | null;
}

async function recordUtterances(page: import('@playwright/test').Page): Promise<void> {
	await page.addInitScript(() => {
		const log: Heard[] = [];
		(window as unknown as { __heard: Heard[] }).__heard = log;
		const speak = speechSynthesis.speak.bind(speechSynthesis);
		speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
			const entry: Heard = {
				text: utterance.text,
				voice: utterance.voice?.name ?? '',
				voiceLang: utterance.voice?.lang ?? '',
				start: null,
				end: null
			};
			log.push(entry);
			utterance.addEventListener('start', () => (entry.start = performance.now()));
			utterance.addEventListener('end', () => (entry.end = performance.now()));
			speak(utterance);
		};
	});
}

/** What was said: the blank utterance a press speaks to unlock speech (while the code loads) says nothing. */
const heardLog = (page: import('@playwright/test').Page) =>
	page.evaluate(() =>
		(window as unknown as { __heard: Heard[] }).__heard.filter((heard) => heard.text.trim() !== '')
	);

const STRUCTURED = `Tides of the Severn
The estuary is wide. The tide is high.

## How the bore forms
Twice a day the tide rises. It climbs upstream.`;

test('the default voice is chosen for the reader, a heading waits longer than a sentence, a rule changes what is heard', async ({
	page
}) => {
	test.setTimeout(240_000);
	await recordUtterances(page);
	await openAddPage(page);
	await pasteArticle(page, STRUCTURED);
	await expect(page).toHaveURL(/\/read\/tides-of-the-severn$/);
	const player = page.getByRole('region', { name: 'Read aloud' });
	const status = player.getByRole('status');
	await player.getByRole('button', { name: 'Play' }).focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Finished', { timeout: 120_000 });

	const first = await heardLog(page);
	const at = (text: string) => {
		const entry = first.find((heard) => heard.text === text);
		if (!entry || entry.start === null || entry.end === null)
			throw new Error(`"${text}" was not spoken whole`);
		return { start: entry.start, end: entry.end };
	};
	// espeak-ng's own default is Afrikaans: the page chose an English voice for an English article, unasked.
	expect(first[0]?.voice, 'a voice was chosen').not.toBe('');
	expect(first[0]?.voiceLang).toMatch(/^en/i);
	const sentenceGaps = [
		at('The tide is high.').start - at('The estuary is wide.').end,
		at('It climbs upstream.').start - at('Twice a day the tide rises.').end
	];
	const headingGap = at('Heading.').start - at('The tide is high.').end;
	const paragraphGap = at('The estuary is wide.').start - at('Tides of the Severn').end;
	const titleMs = at('Tides of the Severn').end - at('Tides of the Severn').start;
	console.log(
		`real speech: voice ${first[0]?.voice} (${first[0]?.voiceLang}); silence before a heading ` +
			`${headingGap.toFixed(0)} ms, after the title ${paragraphGap.toFixed(0)} ms, between sentences ` +
			`${sentenceGaps.map((gap) => gap.toFixed(0)).join(' and ')} ms; title spoken in ${titleMs.toFixed(0)} ms`
	);
	for (const gap of sentenceGaps) expect(headingGap).toBeGreaterThan(gap + 500);
	expect(paragraphGap).toBeGreaterThan(Math.max(...sentenceGaps));

	// A rule added on Settings, heard in a second copy of the article (the first one is finished): the sentence
	// is spoken the new way, so it lasts longer, and highlighted as written.
	await addRule(page, 'estuary', 'estuary, the wide mouth of the river where it meets the sea,');
	await openAddPage(page);
	await pasteArticle(page, STRUCTURED.replace('Tides of the Severn', 'Second tide'));
	await expect(page).toHaveURL(/\/read\/second-tide$/);
	await page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Play' }).focus();
	await page.keyboard.press('Enter');
	const ruled = 'The estuary, the wide mouth of the river where it meets the sea, is wide.';
	await expect
		.poll(async () => ((await heardLog(page)).at(-1)?.text === ruled ? highlighted(page) : ''), {
			timeout: 60_000
		})
		.toBe('The estuary is wide.');
	await expect
		.poll(async () => (await heardLog(page)).find((heard) => heard.text === ruled)?.end ?? null, {
			timeout: 30_000
		})
		.not.toBeNull();
	const second = (await heardLog(page)).find((heard) => heard.text === ruled);
	const ruledMs = (second?.end ?? 0) - (second?.start ?? 0);
	const plainMs = at('The estuary is wide.').end - at('The estuary is wide.').start;
	console.log(
		`real speech: the sentence with the rule took ${ruledMs.toFixed(0)} ms, without ${plainMs.toFixed(0)} ms`
	);
	expect(ruledMs).toBeGreaterThan(plainMs + 1000);
	await page.keyboard.press('Escape');
});
