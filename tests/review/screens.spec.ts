// The screens a reviewer opens before calling a change done (`npm run screens`): the reader, the player while
// it reads, the options sheet, 200% text, an error, the library (alone and with a queue) and settings, at phone
// sizes with touch and at desktop width, light and dark. Writes docs/screens/*.jpg and docs/screens/player.md
// (the player's height at each size and text scale, measured while it reads). Speech is the tests' fake
// engine, so every run reads the same sentence.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { highlighted, installFakeSpeech } from '../e2e/helpers/fake-speech';
import { EMBEDDED_PATH, expect, test } from '../e2e/helpers/fixtures';
import { setRootFontSize } from '../e2e/helpers/layout';
import { player } from '../e2e/helpers/player';

const OUT = 'docs/screens';

interface Screen {
	width: number;
	height: number;
	/** Phone: touch and mobile emulation. */
	phone: boolean;
}

const PHONE = { width: 360, height: 740, phone: true };
const SMALL = { width: 320, height: 568, phone: true };
const LANDSCAPE = { width: 740, height: 360, phone: true };
const DESKTOP = { width: 1280, height: 800, phone: false };

async function open(browser: Browser, screen: Screen, dark: boolean) {
	const context = await browser.newContext({
		viewport: { width: screen.width, height: screen.height },
		isMobile: screen.phone,
		hasTouch: screen.phone,
		colorScheme: dark ? 'dark' : 'light',
		reducedMotion: 'reduce',
		locale: 'en-GB'
	});
	const page = await context.newPage();
	await installFakeSpeech(page, { msPerChar: 200 });
	return { context, page };
}

function press(page: Page, screen: Screen, name: string, exact = true) {
	const button = player(page).getByRole('button', { name, exact });
	return screen.phone ? button.tap() : button.click();
}

/**
 * Opens the embedded article at `percent` root text size and reads it aloud from a few sentences in, so the
 * page has followed.
 */
async function reading(page: Page, screen: Screen, percent = 100): Promise<void> {
	await page.goto(EMBEDDED_PATH);
	if (percent !== 100) await setRootFontSize(page, percent);
	await press(page, screen, 'Play');
	await expect(player(page).getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	for (let skip = 0; skip < 3; skip += 1) await press(page, screen, 'Next sentence');
	await expect.poll(() => highlighted(page)).not.toBe('');
	await page.waitForTimeout(400);
}

async function shoot(page: Page, name: string): Promise<void> {
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path: `${OUT}/${name}.jpg`, type: 'jpeg', quality: 70, caret: 'hide' });
}

function label(screen: Screen, dark: boolean): string {
	return `${screen.width}x${screen.height}${dark ? '-dark' : ''}`;
}

/** Pictures the reading aloud, then the options sheet (or dialog) opened over it. */
async function readingAndSheet(page: Page, screen: Screen, dark: boolean): Promise<void> {
	await reading(page, screen);
	await shoot(page, `reading-${label(screen, dark)}`);
	await press(page, screen, 'Read-aloud options', false);
	await expect(page.getByRole('dialog', { name: 'Read-aloud options' })).toBeVisible();
	await shoot(page, `sheet-${label(screen, dark)}`);
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

for (const dark of [false, true]) {
	test(`reader, reading aloud and the options sheet on a phone (${dark ? 'dark' : 'light'})`, async ({
		browser
	}) => {
		const { context, page } = await open(browser, PHONE, dark);
		await page.goto(EMBEDDED_PATH);
		await page.locator('[data-player-play]').waitFor();
		await shoot(page, `reader-${label(PHONE, dark)}`);
		await readingAndSheet(page, PHONE, dark);
		await context.close();
	});
}

for (const screen of [SMALL, LANDSCAPE, DESKTOP]) {
	test(`reading aloud and the options at ${screen.width}×${screen.height}`, async ({ browser }) => {
		const { context, page } = await open(browser, screen, false);
		if (screen === DESKTOP) {
			// The bar before the reader reaches for it: read-aloud's code not loaded yet, the bar the same.
			await page.goto(EMBEDDED_PATH);
			await page.locator('[data-player-play]').waitFor();
			await shoot(page, `reader-${label(screen, false)}`);
		}
		await readingAndSheet(page, screen, false);
		await context.close();
	});
}

test('reading aloud at 200% text on a phone, light and dark', async ({ browser }) => {
	for (const dark of [false, true]) {
		const { context, page } = await open(browser, PHONE, dark);
		await reading(page, PHONE, 200);
		await shoot(page, `reading-200-${label(PHONE, dark)}`);
		await context.close();
	}
});

test('library, settings and an import error on a phone', async ({ browser }) => {
	for (const dark of [false, true]) {
		const { context, page } = await open(browser, PHONE, dark);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await shoot(page, `library-${label(PHONE, dark)}`);
		await page
			.getByRole('button', { name: /^Listen next / })
			.first()
			.tap();
		await expect(page.getByRole('region', { name: 'Up next' })).toBeVisible();
		await shoot(page, `library-queue-${label(PHONE, dark)}`);
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await shoot(page, `settings-${label(PHONE, dark)}`);
		await page.goto('/add');
		await page.getByLabel('Article text').fill('   ');
		await page.getByRole('button', { name: 'Add text to library' }).tap();
		await expect(page.locator('.error-summary')).toBeFocused();
		await shoot(page, `add-error-${label(PHONE, dark)}`);
		await context.close();
	}
});

test("the player's height while it reads, at each size and text scale", async ({ browser }) => {
	test.setTimeout(600_000);
	const rows: string[] = [];
	for (const screen of [
		SMALL,
		PHONE,
		{ width: 390, height: 844, phone: true },
		{ width: 412, height: 915, phone: true },
		LANDSCAPE,
		DESKTOP
	]) {
		for (const percent of [100, 200, 300]) {
			const { context, page } = await open(browser, screen, false);
			await reading(page, screen, percent);
			const pause = player(page).getByRole('button', { name: 'Pause', exact: true });
			await expect(pause).toBeInViewport({ ratio: 1 });
			const bar = await page.locator('section.player').boundingBox();
			expect(bar).not.toBeNull();
			const height = bar?.height ?? 0;
			const share = (100 * height) / screen.height;
			rows.push(
				`| ${screen.width}×${screen.height}${screen.phone ? ' touch' : ''} | ${percent}% | ${Math.round(height)} px | ${share.toFixed(1)}% | yes |`
			);
			await context.close();
		}
	}
	writeFileSync(
		`${OUT}/player.md`,
		[
			'# The player while it reads',
			'',
			'Written by `npm run screens` (tests/review/screens.spec.ts) from the production build: the read-aloud',
			"bar's height while the fake engine reads the embedded article, at each viewport and root text size.",
			'"Pause in view" is checked by the run; a run that cannot see Pause whole fails.',
			'',
			'| Viewport | Text | Player height | Share of the viewport height | Pause in view |',
			'| --- | --- | --- | --- | --- |',
			...rows,
			''
		].join('\n')
	);
});
