// Lectern on a phone: the player stays one compact row on screen while it reads, at every phone size,
// in light and dark, and never covers the sentence it reads.
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { highlighted, installFakeSpeech } from './helpers/fake-speech';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { expectNoHorizontalScroll, expectTargetsAtLeast44px, setRootFontSize } from './helpers/layout';
import { player } from './helpers/player';
import { openPanel } from './helpers/settings';

const PHONES = [
	{ width: 320, height: 568 },
	{ width: 360, height: 740 },
	{ width: 390, height: 844 },
	{ width: 412, height: 915 },
	{ width: 740, height: 360 }
];

async function phonePage(browser: Browser, viewport: { width: number; height: number }) {
	const context = await browser.newContext({
		viewport,
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		colorScheme: 'light',
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await installFakeSpeech(page, { msPerChar: 60 });
	return { context, page };
}

/** Taps Play and waits until a sentence is highlighted. */
async function startReading(page: Page): Promise<void> {
	await page.goto(EMBEDDED_PATH);
	await player(page).getByRole('button', { name: 'Play' }).tap();
	await expect(player(page).getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect.poll(() => highlighted(page)).not.toBe('');
}

/** The player's box, the pause control's, and the highlighted sentence's, in viewport coordinates. */
function boxes(page: Page) {
	return page.evaluate(() => {
		const bar = document.querySelector('section.player')?.getBoundingClientRect();
		const pause = document.querySelector('[data-player-play]')?.getBoundingClientRect();
		const range = [...(CSS.highlights.get('lectern-sentence') ?? [])][0];
		const sentence = range instanceof Range ? range.getBoundingClientRect() : undefined;
		const plain = (r?: DOMRect) =>
			r && { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
		return {
			bar: plain(bar),
			pause: plain(pause),
			sentence: plain(sentence),
			height: innerHeight,
			width: innerWidth
		};
	});
}

for (const viewport of PHONES) {
	const name = `${viewport.width}×${viewport.height}`;
	test(`the player is one row on screen while it reads, clear of the sentence: ${name}, light and dark`, async ({
		browser
	}) => {
		const { context, page } = await phonePage(browser, viewport);
		await startReading(page);
		// Move through a few sentences, so the page has scrolled to follow.
		for (let skip = 0; skip < 4; skip += 1)
			await player(page).getByRole('button', { name: 'Next sentence' }).tap();
		await expect.poll(() => highlighted(page)).not.toBe('');
		await page.waitForTimeout(300);
		const { bar, pause, sentence, height, width } = await boxes(page);
		expect(bar && pause && sentence, 'player, pause and sentence are on the page').toBeTruthy();
		if (!bar || !pause || !sentence) return;
		expect(bar.height, 'one compact row').toBeLessThanOrEqual(64);
		expect(bar.bottom).toBeLessThanOrEqual(height + 0.5);
		expect(pause.top).toBeGreaterThanOrEqual(0);
		expect(pause.bottom).toBeLessThanOrEqual(height);
		expect(pause.left).toBeGreaterThanOrEqual(0);
		expect(pause.right).toBeLessThanOrEqual(width);
		expect(sentence.bottom, 'the sentence is above the player').toBeLessThanOrEqual(bar.top);
		expect(sentence.top).toBeGreaterThanOrEqual(0);
		await expectNoHorizontalScroll(page, name);
		await expectTargetsAtLeast44px(page, name);
		await expectNoAxeViolations(page, `reading aloud, ${name}`);
		// Dark changes colours only ("Match system" follows the phone): the same reading, checked again by axe.
		const textColour = () => page.evaluate(() => getComputedStyle(document.documentElement).color);
		const light = await textColour();
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(textColour).not.toBe(light);
		await expect(player(page).getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 });
		await expectNoAxeViolations(page, `reading aloud, ${name}, dark`);
		await context.close();
	});
}

for (const percent of [200, 300]) {
	for (const viewport of [PHONES[1], PHONES[4]]) {
		if (!viewport) continue;
		test(`at ${percent}% text the player keeps Pause and takes at most a quarter of ${viewport.width}×${viewport.height}`, async ({
			browser
		}) => {
			const { context, page } = await phonePage(browser, viewport);
			await page.goto(EMBEDDED_PATH);
			await setRootFontSize(page, percent);
			await player(page).getByRole('button', { name: 'Play' }).tap();
			await expect(player(page).getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 });
			const { bar, height } = await boxes(page);
			expect(bar?.height ?? Infinity).toBeLessThanOrEqual(height / 4);
			await expectNoHorizontalScroll(page, `${percent}% text`);
			await context.close();
		});
	}
}

test('"Words beside buttons: Always" shows the words of the header and the player on a 320 px phone, from the first paint', async ({
	browser
}) => {
	const { context, page } = await phonePage(browser, { width: 320, height: 568 });
	await page.goto(EMBEDDED_PATH);
	/** The width of each control's word, or 0 while it is visually hidden. */
	const wordWidths = () =>
		page.evaluate(() =>
			[...document.querySelectorAll('.nav-label, section.player .control-label')].map((label) => {
				const box = label.getBoundingClientRect();
				return { text: label.textContent?.trim(), width: box.width > 2 ? Math.round(box.width) : 0 };
			})
		);
	expect((await wordWidths()).every((word) => word.width === 0)).toBe(true);

	const panel = await openPanel(page);
	await panel
		.getByRole('group', { name: 'Words beside buttons' })
		.getByRole('radio', { name: 'Always' })
		.check();
	const shown = await wordWidths();
	expect(shown.map((word) => word.text)).toEqual(expect.arrayContaining(['Text settings', 'Play']));
	expect(shown.filter((word) => word.width === 0)).toEqual([]);

	// Kept, and there before the app starts: the pre-paint script applies it.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-labels', 'always');
	await expect.poll(async () => (await wordWidths()).filter((word) => word.width === 0)).toEqual([]);
	await player(page).getByRole('button', { name: 'Play' }).tap();
	await expect(player(page).getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 });
	const { bar, height } = await boxes(page);
	expect(bar?.height ?? Infinity).toBeLessThanOrEqual(height / 4);
	await expectNoHorizontalScroll(page, 'labels always');
	await expectTargetsAtLeast44px(page, 'labels always');
	await expectNoAxeViolations(page, 'labels always');
	await context.close();
});

test('the options open as a sheet from the bottom on a phone, speed shown as 1.0× with quick picks', async ({
	browser
}) => {
	const { context, page } = await phonePage(browser, { width: 320, height: 568 });
	await startReading(page);
	await player(page).getByRole('button', { name: 'Read-aloud options' }).tap();
	const sheet = page.getByRole('dialog', { name: 'Read-aloud options' });
	await expect(sheet).toBeVisible();
	const box = await sheet.boundingBox();
	expect(box && Math.round(box.y + box.height)).toBe(568);
	expect(box?.width).toBe(320);
	const speed = sheet.locator('output').first();
	await expect(speed).toHaveText('1.0×');
	await sheet.getByRole('button', { name: '1.5 times speed' }).tap();
	await expect(sheet.getByRole('slider', { name: 'Speed' })).toHaveAttribute(
		'aria-valuetext',
		'1.5 times speed'
	);
	await expect(speed).toHaveText('1.5×');
	await expectNoHorizontalScroll(page, 'options sheet at 320 px');
	await setRootFontSize(page, 200);
	await expectNoHorizontalScroll(page, 'options sheet at 320 px, 200% text');
	// The sheet scrolls up and down at 200% text; nothing in it is wider than the screen.
	expect(await sheet.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth)).toBeLessThanOrEqual(1);
	await expectNoAxeViolations(page, 'options sheet on a phone');
	await context.close();
});

test('the progress line moves by paragraph, by touch or keyboard, without starting speech by itself', async ({
	browser
}) => {
	const { context, page } = await phonePage(browser, { width: 360, height: 740 });
	await page.goto(EMBEDDED_PATH);
	const line = player(page).getByRole('slider', { name: 'Position in the article' });
	await line.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(line).toHaveAttribute('aria-valuetext', /^Paragraph 3 of \d+$/);
	await expect(player(page).getByRole('button', { name: 'Play' })).toBeVisible();
	await player(page).getByRole('button', { name: 'Play' }).tap();
	await expect.poll(() => highlighted(page)).toContain('Gaza');
	await context.close();
});
