// Read aloud in the real app against a scripted Web Speech API: keyboard control, highlight, skip, speed,
// the options dialog, resume after reload, announcements, and the overlay fallback.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { highlighted, installFakeSpeech, speechLog } from './helpers/fake-speech';
import { current, nowSpeaking, pressPlay, tabTo, TITLE } from './helpers/player';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { expectNoHorizontalScroll, expectTargetsAtLeast44px } from './helpers/layout';
import { serveVirtualScreenReader, startListening, stopListening } from './helpers/screen-reader';

test.beforeEach(async ({ page }) => {
	await installFakeSpeech(page);
});

test('keyboard only: play, skip, pause, resume and stop, with the highlight on the sentence being spoken', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	const status = page.getByRole('region', { name: 'Read aloud' }).getByRole('status');
	await tabTo(page, 'Play');
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Reading');
	await expect.poll(() => current(page)).toBe(TITLE);
	await expect.poll(() => highlighted(page)).toBe(TITLE);
	// The sentences were cut in a worker, off the page's main thread
	const cut = await page.evaluate(() =>
		performance.getEntriesByName('lectern:speech-items').map((entry) => (entry as PerformanceMeasure).detail)
	);
	expect(cut).toEqual(['worker']);

	// L (player focused): next sentence; the highlight moves with the speech.
	await page.keyboard.press('l');
	await expect.poll(() => current(page)).toMatch(/^The Israeli military claims/);
	await expect.poll(async () => (await highlighted(page)) === (await current(page))).toBe(true);
	await page.keyboard.press('l');
	await expect.poll(() => current(page)).toMatch(/^Israel said it was conducting/);
	await page.keyboard.press('j');
	await expect.poll(() => current(page)).toMatch(/^The Israeli military claims/);

	// K pauses (silence) and resumes the same sentence from its start.
	const before = await nowSpeaking(page);
	await page.keyboard.press('k');
	await expect(status).toHaveText('Paused');
	await expect.poll(() => current(page)).toBeNull();
	await page.keyboard.press('k');
	await expect(status).toHaveText('Reading');
	await expect.poll(() => current(page)).toBe(before);

	await expectNoAxeViolations(page, 'reading aloud');

	// Escape stops from anywhere and clears the highlight.
	await page.keyboard.press('Escape');
	await expect.poll(() => current(page)).toBeNull();
	await expect.poll(() => highlighted(page)).toBe('');
});

test("read-aloud's code and the voices load when the reader reaches for the player, not while the page loads", async ({
	page
}) => {
	// espeak-ng lists 13,362 voices: reading them is a long task, so it waits for a sign of wanting to listen.
	// So does read-aloud's own code, the article cut into what is spoken (in a worker) with it.
	const reads = async () => (await speechLog(page)).voiceReads;
	const cuts = () => page.evaluate(() => performance.getEntriesByName('lectern:speech-items').length);
	const settled = async () => {
		await expect(page.getByRole('region', { name: 'Read aloud' }).getByRole('button').first()).toBeVisible();
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
	};
	await page.goto(EMBEDDED_PATH);
	await settled();
	expect(await reads()).toBe(0);
	expect(await cuts()).toBe(0);
	// By keyboard: focus reaching the player is the sign
	await tabTo(page, 'Play');
	await expect.poll(reads).toBe(1);
	await expect.poll(cuts).toBe(1);

	// By pointer: reaching the player, once, then Play speaks with the voice already read
	await page.reload();
	await settled();
	expect(await reads()).toBe(0);
	const play = page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Play' });
	await play.hover();
	await expect.poll(reads).toBe(1);
	await page.getByRole('button', { name: 'Options' }).hover();
	await play.focus();
	await play.click();
	await expect
		.poll(async () => (await speechLog(page)).started[0]?.voice)
		.toBe('Test voice (United Kingdom)');
	expect(await reads()).toBe(1);
	expect(await cuts()).toBe(1);
	// The press found the code loaded by the pointer's coming: it spoke at once, with nothing to unlock
	expect((await speechLog(page)).unlocks).toBe(0);
});

test.describe("a press before read-aloud's code has loaded", () => {
	// No service worker, so the page's own requests for the code can be held back.
	test.use({ serviceWorkers: 'block' });

	/** Once the page is idle, every request for the app's code waits at a gate until `open()`. */
	async function holdAppCode(page: Page): Promise<{ held: () => number; open: () => void }> {
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		let open = () => {};
		const gate = new Promise<void>((resolve) => (open = resolve));
		let held = 0;
		await page.route('**/_app/immutable/**', async (route) => {
			held += 1;
			await gate;
			await route.continue();
		});
		return { held: () => held, open };
	}

	test('shows Pause and unlocks speech inside the press, then reads once the code is there', async ({
		page
	}) => {
		await page.goto(EMBEDDED_PATH);
		const play = page.getByRole('region', { name: 'Read aloud' }).locator('[data-player-play]');
		await expect(play).toHaveAccessibleName('Play');
		const code = await holdAppCode(page);
		await play.click();
		// The press spoke the silent unlock at once, while the code it woke is still held back
		await expect.poll(code.held).toBeGreaterThan(0);
		expect((await speechLog(page)).unlocks).toBe(1);
		expect((await speechLog(page)).started).toEqual([]);
		// The control answered the press at once: Pause, as it will be once speech starts
		await expect(play).toHaveAccessibleName('Pause');
		code.open();
		await expect.poll(() => current(page)).toBe(TITLE);
		await expect(play).toHaveAccessibleName('Pause');
		expect((await speechLog(page)).unlocks).toBe(1);
	});

	test('Options shows it was pressed until the sheet opens, and a second press adds nothing', async ({
		page
	}) => {
		await page.goto(EMBEDDED_PATH);
		const options = page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: /Options/ });
		await expect(options).toHaveAttribute('aria-busy', 'false');
		const code = await holdAppCode(page);
		await options.click();
		await expect.poll(code.held).toBeGreaterThan(0);
		await expect(options).toHaveAttribute('aria-busy', 'true');
		await expectNoAxeViolations(page, 'options pressed while the code loads');
		await options.click();
		await expect(page.getByRole('dialog', { name: 'Read-aloud options' })).toBeHidden();
		code.open();
		const dialog = page.getByRole('dialog', { name: 'Read-aloud options' });
		await expect(dialog).toBeVisible();
		await expect(options).toHaveAttribute('aria-busy', 'false');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(options).toBeFocused();
	});
});

test('the options dialog: reachable by keyboard, accessible, speed restarts the sentence, Escape only closes it', async ({
	page
}) => {
	// Slow speech, so the title is still being read when the speed changes (about 50 s for it: on a loaded
	// machine the walk to the dialog and its accessibility check took 38 s).
	await installFakeSpeech(page, { msPerChar: 600 });
	await page.goto(EMBEDDED_PATH);
	const player = page.getByRole('region', { name: 'Read aloud' });
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);

	await tabTo(page, 'Read-aloud Options');
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Read-aloud options' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page, 'read-aloud options');

	const speed = dialog.getByRole('slider', { name: 'Speed' });
	await speed.focus();
	await page.keyboard.press('ArrowRight');
	await expect(speed).toHaveAttribute('aria-valuetext', '1.1 times speed');
	// The sentence being read starts again at the new speed.
	await expect
		.poll(async () =>
			(await speechLog(page)).started.filter((entry) => entry.text === TITLE).map((e) => e.rate)
		)
		.toEqual([1, 1.1]);
	await expect(dialog.getByRole('combobox', { name: 'Voice' })).toHaveValue('test-gb');

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(player.getByRole('button', { name: 'Options' })).toBeFocused();
	await expect(player.getByRole('status')).toHaveText('Reading');
});

test('after a reload, "Continue listening" resumes at the saved sentence', async ({ page }) => {
	// Slow speech, so the sentence skipped to is still being spoken when a loaded machine gets to look
	await installFakeSpeech(page, { msPerChar: 300 });
	await page.goto(EMBEDDED_PATH);
	const player = page.getByRole('region', { name: 'Read aloud' });
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);
	for (let skip = 0; skip < 3; skip += 1) await player.getByRole('button', { name: 'Next sentence' }).click();
	// Between two utterances nothing is speaking for a moment; wait for the sentence skipped to.
	const place = await nowSpeaking(page);
	expect(place).toMatch(/^A Gaza border authority spokesperson/);
	await player.getByRole('button', { name: 'Pause' }).click();
	// The place is saved at each sentence, in IndexedDB; the reload comes once that write has landed
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<string | undefined>((resolve, reject) => {
						const open = indexedDB.open('lectern');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const get = open.result.transaction('progress').objectStore('progress').get('rafah-crossing');
							get.onsuccess = () => {
								open.result.close();
								resolve((get.result as { quote?: string } | undefined)?.quote);
							};
						};
					})
			)
		)
		.toMatch(/^A Gaza border authority/);

	await page.reload();
	const resume = page
		.getByRole('region', { name: 'Read aloud' })
		.getByRole('button', { name: 'Continue listening' });
	await expect(resume).toBeVisible();
	await pressPlay(page, 'Continue listening');
	await expect.poll(() => current(page)).toBe(place);
	await expect.poll(() => highlighted(page)).toBe(place);
});

test('a screen reader hears "Reading" once, and never the sentences as announcements', async ({ page }) => {
	await serveVirtualScreenReader(page);
	await page.goto(EMBEDDED_PATH);
	await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
	await startListening(page);
	await pressPlay(page);
	// Let several sentences go by while the screen reader listens to the live regions.
	await expect
		.poll(async () => (await speechLog(page)).started.length, { timeout: 20_000 })
		.toBeGreaterThan(3);
	const log = await stopListening(page);
	const announcements = log.filter(
		(phrase) => phrase.startsWith('polite:') || phrase.startsWith('assertive:')
	);
	expect(announcements.filter((phrase) => phrase.includes('Reading'))).toHaveLength(1);
	const sentences = (await speechLog(page)).started.map((entry) => entry.text.slice(0, 30));
	for (const sentence of sentences) {
		expect(announcements.some((phrase) => phrase.includes(sentence))).toBe(false);
	}
});

test.describe('where the CSS Custom Highlight API is missing', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(CSS, 'highlights', { configurable: true, value: undefined });
		});
	});

	test('an overlay marks the sentence and the article text is left untouched', async ({ page }) => {
		await page.goto(EMBEDDED_PATH);
		// The title and every block, exactly as rendered: the highlight must not split or wrap their text.
		const text = () => page.locator('#title, [data-block]').evaluateAll((all) => all.map((e) => e.outerHTML));
		const before = await text();
		await pressPlay(page);
		await expect.poll(() => current(page)).toBe(TITLE);
		const boxes = page.locator('.highlight-overlay .highlight-box');
		await expect(boxes.first()).toBeVisible();
		// The first box sits on the title's first line, once following has brought the title into view (the page
		// may still be scrolling when the sentence starts; the overlay moves with it a frame later).
		const onTitle = async () => {
			const title = await page.locator('#title').boundingBox();
			const box = await boxes.first().boundingBox();
			if (!title || !box) return false;
			return box.y >= title.y - 2 && box.y + box.height <= title.y + title.height + 2;
		};
		await expect.poll(onTitle).toBe(true);
		expect(await text()).toEqual(before);
		await expect(page.locator('.highlight-overlay')).toHaveAttribute('aria-hidden', 'true');
	});
});

for (const width of [320, 1280]) {
	test(`once listening, every heading and paragraph offers "Read from here" (${width} px)`, async ({
		page
	}) => {
		// Slow speech: the three-word sub-heading lasts seconds, not the half second a loaded CI machine can miss.
		await installFakeSpeech(page, { msPerChar: 300 });
		await page.setViewportSize({ width, height: 800 });
		await page.goto(EMBEDDED_PATH);
		const offers = page.getByRole('button', { name: 'Read from here' });
		// A reader who never listens has no extra stops.
		await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
		await expect(offers).toHaveCount(0);

		await pressPlay(page);
		await expect.poll(() => current(page)).toBe(TITLE);
		// The title, the standfirst, 18 paragraphs and 2 sub-headings; not the related-content notes.
		await expect(offers).toHaveCount(22);
		const state = `read from here, ${width} px`;
		await expectNoAxeViolations(page, state);
		await expectTargetsAtLeast44px(page, state);
		await expectNoHorizontalScroll(page, state);

		// By keyboard: the button just before a sub-heading starts reading at that sub-heading.
		const beforeHeading = page
			.locator('#ceasefire-deal-rejected')
			.locator('xpath=preceding-sibling::button[1]');
		await beforeHeading.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => current(page)).toBe('Ceasefire deal rejected');
		// It went straight there: nothing between the title and the sub-heading was spoken but the sub-heading's
		// spoken cue (the default "What to announce": headings and lists).
		expect((await speechLog(page)).started.map((entry) => entry.text)).toEqual([
			TITLE,
			'Heading.',
			'Ceasefire deal rejected'
		]);
		await expect.poll(() => highlighted(page)).toBe('Ceasefire deal rejected');
	});
}
