// Read aloud beyond the basic controls, against the scripted speech: the sleep timer, voice search and choice,
// following and finding the sentence, word highlight, and the platform around it (Media Session, Screen Wake
// Lock, and the silent loop that brings lock-screen controls on Android).
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { highlighted, installFakeSpeech, speechLog } from './helpers/fake-speech';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { current, nowSpeaking, player, pressPlay, TITLE } from './helpers/player';

async function openOptions(page: Page) {
	await pressPlay(page, 'Read-aloud Options');
	const dialog = page.getByRole('dialog', { name: 'Read-aloud options' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Records the Media Session handlers, wake locks and played media elements, calling through to the real ones. */
async function watchPlatform(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen = {
			handlers: {} as Record<string, () => void>,
			locks: [] as WakeLockSentinel[],
			media: [] as HTMLMediaElement[]
		};
		(window as unknown as { __platform: typeof seen }).__platform = seen;
		const setHandler = MediaSession.prototype.setActionHandler;
		MediaSession.prototype.setActionHandler = function (action, handler) {
			if (handler) seen.handlers[action] = handler as () => void;
			else delete seen.handlers[action];
			return setHandler.call(this, action, handler);
		};
		const request = WakeLock.prototype.request;
		WakeLock.prototype.request = async function (type) {
			const lock = await request.call(this, type);
			seen.locks.push(lock);
			return lock;
		};
		const play = HTMLMediaElement.prototype.play;
		HTMLMediaElement.prototype.play = function () {
			if (!seen.media.includes(this)) seen.media.push(this);
			return play.call(this);
		};
	});
}

type PlatformState = {
	title: string | undefined;
	artwork: number;
	playbackState: MediaSessionPlaybackState;
	actions: string[];
	locksHeld: number;
	media: { paused: boolean; src: string; duration: number }[];
};

function platform(page: Page): Promise<PlatformState> {
	return page.evaluate(() => {
		const seen = (
			window as unknown as {
				__platform: { handlers: object; locks: WakeLockSentinel[]; media: HTMLMediaElement[] };
			}
		).__platform;
		return {
			title: navigator.mediaSession.metadata?.title,
			artwork: navigator.mediaSession.metadata?.artwork.length ?? 0,
			playbackState: navigator.mediaSession.playbackState,
			actions: Object.keys(seen.handlers).sort(),
			locksHeld: seen.locks.filter((lock) => !lock.released).length,
			media: seen.media.map((m) => ({ paused: m.paused, src: m.src, duration: m.duration }))
		};
	});
}

function mediaAction(page: Page, action: MediaSessionAction): Promise<void> {
	return page.evaluate((action) => {
		(window as unknown as { __platform: { handlers: Record<string, () => void> } }).__platform.handlers[
			action
		]?.();
	}, action);
}

test('the sleep timer is set in words, counts down, and pauses the reading when it runs out', async ({
	page
}) => {
	await page.clock.install();
	await installFakeSpeech(page, { msPerChar: 300 });
	await page.goto(EMBEDDED_PATH);
	const status = player(page).getByRole('status');
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);

	const dialog = await openOptions(page);
	const sleep = dialog.getByRole('combobox', { name: 'Sleep timer' });
	await sleep.selectOption({ label: '5 minutes' });
	await expect(status).toHaveText('Sleep timer: 5 minutes');
	await expect(sleep).toHaveAccessibleDescription('Reading stops in 5 minutes.');
	await page.clock.fastForward('02:00');
	await expect(sleep).toHaveAccessibleDescription('Reading stops in 3 minutes.');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(status).toHaveText('Sleep timer: 5 minutes');

	await page.clock.fastForward('03:01');
	await expect(status).toHaveText('Paused by the sleep timer');
	await expect.poll(() => current(page)).toBeNull();
	await expect(player(page).getByRole('button', { name: 'Resume' })).toBeVisible();
	// Spent: the choice shows Off again.
	await openOptions(page);
	await expect(sleep).toHaveValue('');
	await expect(sleep).toHaveAccessibleDescription('');
});

test('voices: search narrows the list, every language is one switch away, and the choice is remembered', async ({
	page
}) => {
	await installFakeSpeech(page, { msPerChar: 300 });
	await page.goto(EMBEDDED_PATH);
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);
	const dialog = await openOptions(page);
	const voice = dialog.getByRole('combobox', { name: 'Voice' });
	const search = dialog.getByRole('searchbox', { name: 'Find a voice' });
	const choices = voice.locator('optgroup option');

	// English voices only, British first; the French voice waits behind the switch.
	await expect(choices).toHaveText(['Test voice (United Kingdom)', 'Test voice (United States)']);
	await search.fill('united states');
	await expect(choices).toHaveText(['Test voice (United States)']);
	await search.fill('france');
	await expect(choices).toHaveCount(0);
	const everyLanguage = dialog.getByRole('button', { name: 'Show voices for every language' });
	await everyLanguage.click();
	await expect(everyLanguage).toHaveAttribute('aria-pressed', 'true');
	await expect(choices).toHaveText(['Voix de test (France)']);
	await everyLanguage.click();
	await search.fill('united states');

	// Choosing a voice starts the sentence being read again, in that voice.
	await voice.selectOption('test-us');
	await expect
		.poll(async () =>
			(await speechLog(page)).started.filter((entry) => entry.text === TITLE).map((e) => e.voice)
		)
		.toEqual(['Test voice (United Kingdom)', 'Test voice (United States)']);
	await expectNoAxeViolations(page, 'voice search');

	// "Try this voice" pauses the reading and speaks a sample that names the voice, in that voice.
	await dialog.getByRole('button', { name: 'Try this voice' }).click();
	await expect
		.poll(async () => (await speechLog(page)).started.at(-1))
		.toMatchObject({ text: expect.stringContaining('Test voice'), voice: 'Test voice (United States)' });
	expect((await speechLog(page)).started.at(-1)?.text).not.toBe(TITLE);
	await expect(voice).toHaveValue('test-us');

	await page.reload();
	await pressPlay(page, 'Continue listening');
	await expect.poll(async () => (await speechLog(page)).started[0]?.voice).toBe('Test voice (United States)');
	await openOptions(page);
	await expect(voice).toHaveValue('test-us');
});

test('scrolling away pauses following; "Back to the current sentence" and "Go to the paragraph being read" find it', async ({
	page
}) => {
	await installFakeSpeech(page, { msPerChar: 300 });
	await page.setViewportSize({ width: 800, height: 600 });
	await page.goto(EMBEDDED_PATH);
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);
	// Move on three paragraphs, so the sentence is well down the page.
	for (let move = 0; move < 3; move += 1) await pressPlay(page, 'Next sentence');
	const sentence = await nowSpeaking(page);
	await expect.poll(() => highlighted(page)).toBe(sentence);

	const back = player(page).getByRole('button', { name: 'Back to the current sentence' });
	await expect(back).toHaveCount(0);
	// The wheel turns once Lectern's own smooth scroll to the sentence has ended: Chromium, headless, drops a
	// wheel that arrives while a smooth scroll of the page's is moving, and the test would race it.
	const still = () =>
		page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const y = scrollY;
					setTimeout(() => resolve(scrollY === y), 200);
				})
		);
	await expect.poll(still).toBe(true);
	await page.mouse.move(400, 200);
	await page.mouse.wheel(0, 4000);
	await expect(back).toBeVisible();
	const inView = () =>
		page.evaluate(() => {
			const range = [...(CSS.highlights.get('lectern-sentence') ?? [])][0] as Range | undefined;
			const rect = range?.getBoundingClientRect();
			return Boolean(rect && rect.top >= 0 && rect.bottom <= innerHeight);
		});
	await expect.poll(inView).toBe(false);
	await back.focus();
	await page.keyboard.press('Enter');
	await expect.poll(inView).toBe(true);
	await expect(back).toHaveCount(0);

	const dialog = await openOptions(page);
	await dialog.getByRole('button', { name: 'Go to the paragraph being read' }).click();
	await expect(dialog).toBeHidden();
	const focused = await page.evaluate(() => ({
		text: document.activeElement?.textContent ?? '',
		inArticle: Boolean(document.activeElement?.closest('article'))
	}));
	expect(focused.inArticle).toBe(true);
	expect(focused.text).toContain(await nowSpeaking(page));
});

test('where the engine reports word boundaries, the word being spoken is highlighted too', async ({
	page
}) => {
	// Slow enough that a loaded machine presses Next before the title ends on its own
	await installFakeSpeech(page, { msPerChar: 150, boundaries: true });
	await page.goto(EMBEDDED_PATH);
	// Every word the highlight is given, as it is given (sampling frames missed short words on a loaded machine).
	await page.evaluate(() => {
		const words: string[] = [];
		(window as unknown as { __words: string[] }).__words = words;
		const registry = CSS.highlights;
		const set = registry.set.bind(registry);
		registry.set = (name: string, highlight: Highlight) => {
			const range = [...highlight][0];
			const word = name === 'lectern-word' && range instanceof Range ? range.toString() : '';
			if (word && words.at(-1) !== word) words.push(word);
			return set(name, highlight);
		};
	});
	const words = () => page.evaluate(() => (window as unknown as { __words: string[] }).__words);
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);
	await expect.poll(words).toContain('crossing');
	await pressPlay(page, 'Next sentence');
	await pressPlay(page, 'Next sentence');
	await expect.poll(() => current(page)).toMatch(/^Israel said it was conducting/);
	// The sentence's last word comes about 18 s in at this pace
	await expect.poll(words, { timeout: 30_000 }).toContain('stronghold');
	const seen = await words();
	expect(seen.slice(0, 4)).toEqual(['Israel', 'claims', 'control', 'of']);
	// Words as Intl.Segmenter finds them: the comma stays out, the opening quotation mark stays with its word.
	expect(seen).toContain('Rafah');
	expect(seen).toContain('"targeted');
	expect(seen.filter((word) => /[,.]$/.test(word))).toEqual([]);
	// Only words of the sentence being spoken: never across its edge.
	expect(seen.every((word) => !/\s/.test(word))).toBe(true);
});

test('Media Session and Screen Wake Lock follow the reading; media keys control it', async ({ page }) => {
	await installFakeSpeech(page, { msPerChar: 300 });
	await watchPlatform(page);
	await page.goto(EMBEDDED_PATH);
	const status = player(page).getByRole('status');
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);

	let state = await platform(page);
	expect(state).toMatchObject({ title: TITLE, artwork: 2, playbackState: 'playing', locksHeld: 1 });
	expect(state.actions).toEqual(['nexttrack', 'pause', 'play', 'previoustrack', 'stop']);
	// On a desktop browser no silent loop plays: the media keys work without it.
	expect(state.media).toEqual([]);

	await mediaAction(page, 'nexttrack');
	await expect.poll(() => current(page)).toMatch(/^The Israeli military claims/);
	await mediaAction(page, 'previoustrack');
	await expect.poll(() => current(page)).toBe(TITLE);

	await mediaAction(page, 'pause');
	await expect(status).toHaveText('Paused');
	await expect.poll(async () => (await platform(page)).locksHeld).toBe(0);
	expect((await platform(page)).playbackState).toBe('paused');

	await mediaAction(page, 'play');
	await expect(status).toHaveText('Reading');
	await expect.poll(() => current(page)).toBe(TITLE);
	await expect.poll(async () => (await platform(page)).locksHeld).toBe(1);

	await mediaAction(page, 'stop');
	await expect(status).toHaveText('');
	state = await platform(page);
	expect(state).toMatchObject({ playbackState: 'none', locksHeld: 0 });

	// Leaving the reader takes the title and the keys away: they must not start an article no longer open
	await page
		.getByRole('banner')
		.getByRole('link', { name: /Lectern/ })
		.click();
	await expect(page).toHaveURL(/\/$/);
	state = await platform(page);
	expect(state).toMatchObject({ title: undefined, playbackState: 'none', actions: [] });
});

test.describe('on an Android phone', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'
	});

	test('a silent loop plays while reading, so lock-screen controls appear, and stays in step', async ({
		page
	}) => {
		await installFakeSpeech(page, { msPerChar: 300 });
		await watchPlatform(page);
		await page.goto(EMBEDDED_PATH);
		const status = player(page).getByRole('status');
		await pressPlay(page);
		await expect.poll(() => current(page)).toBe(TITLE);

		const loop = async () => (await platform(page)).media;
		await expect.poll(async () => (await loop()).map((m) => m.paused)).toEqual([false]);
		const [audio] = await loop();
		expect(audio?.src).toMatch(/^blob:/);
		// Chrome shows no media controls for media under 5 seconds.
		expect(audio?.duration).toBeGreaterThanOrEqual(5);

		await pressPlay(page, 'Pause');
		await expect(status).toHaveText('Paused');
		await expect.poll(async () => (await loop()).map((m) => m.paused)).toEqual([true]);
		await pressPlay(page, 'Resume');
		await expect.poll(async () => (await loop()).map((m) => m.paused)).toEqual([false]);

		// The system pausing the loop (a call, another app's audio) pauses the reading too.
		await page.evaluate(() =>
			(window as unknown as { __platform: { media: HTMLMediaElement[] } }).__platform.media[0]?.pause()
		);
		await expect(status).toHaveText('Paused');
		await expect.poll(() => current(page)).toBeNull();
	});
});
