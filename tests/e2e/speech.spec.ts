// Read aloud with REAL speech: Chromium → speech-dispatcher → espeak-ng → PulseAudio's null sink (recorded).
import { recordRms } from './helpers/audio';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';

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
