// Reading settings in the real app: the panel, live preview, first paint in the chosen settings, persistence
// (reload, other tabs, a damaged record), carrying them to another device, forced colours, fonts offline.
import type { FileChooser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers/axe';
import { appStarted, EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { readStored } from './helpers/stored';
import { expectFocusAlwaysVisible } from './helpers/layout';
import { startServer, waitUntilOfflineReady } from './helpers/server';
import { look, MIRROR_KEY, openPanel } from './helpers/settings';

/** Chooses a file as a reader would: the button opens the browser's file picker. */
async function openFile(page: Page, file: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: 'Open a settings file' }).click()
	]);
	await chooser.setFiles(file);
}

/** The settings record in IndexedDB, or null (never creating the database: see `readStored`). */
async function storedSettings(page: Page): Promise<unknown> {
	return (await readStored(page, 'settings', 'reading')) ?? null;
}

test('the panel opens from the reader, previews live, and Reset brings back the defaults', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	const settings = await openPanel(page);
	await expectNoAxeViolations(page, 'text settings open');

	await settings.getByRole('radio', { name: 'Dark', exact: true }).check();
	await expect.poll(async () => (await look(page)).rootBackground).toBe('rgb(18, 20, 22)');
	await settings.getByRole('button', { name: 'Larger' }).click();
	await expect(settings.getByRole('slider', { name: 'Text size' })).toHaveAttribute(
		'aria-valuetext',
		'125 percent'
	);
	await expect.poll(async () => (await look(page)).rootFontSize).toBe('20px');
	const lineHeight = settings.getByRole('slider', { name: 'Line height' });
	await lineHeight.fill('2.4');
	await expect(lineHeight).toHaveAttribute('aria-valuetext', '2.4 times the text size');
	await expect.poll(async () => (await look(page)).lineHeightRatio).toBe(2.4);
	// Start-aligned, never justified.
	expect(
		await page
			.locator('article p')
			.first()
			.evaluate((p) => getComputedStyle(p).textAlign)
	).toBe('start');

	await settings.getByRole('button', { name: 'Reset to defaults' }).click();
	await expect(settings.getByRole('status')).toHaveText('Text settings are back to their defaults.');
	await expect.poll(async () => (await look(page)).rootFontSize).toBe('16px');
	await expect(settings.getByRole('radio', { name: 'Match system' })).toBeChecked();

	// Escape closes the panel and gives focus back to its button.
	await settings.getByRole('radio', { name: 'Cream' }).focus();
	await page.keyboard.press('Escape');
	await expect(settings).toBeHidden();
	await expect(page.getByRole('button', { name: 'Text settings', exact: true })).toBeFocused();
});

test('the first paint is already in the chosen theme and size; settings survive a reload and reach other tabs', async ({
	page,
	context,
	pageErrors
}) => {
	await page.goto(EMBEDDED_PATH);
	const other = await context.newPage();
	await other.goto('/');
	const settings = await openPanel(page);
	await settings.getByRole('radio', { name: 'High contrast dark' }).check();
	await settings.getByRole('slider', { name: 'Text size' }).fill('200');
	await expect.poll(async () => (await look(page)).rootFontSize).toBe('32px');

	// The other tab follows without a reload.
	await expect.poll(async () => (await look(other)).theme).toBe('high-contrast-dark');
	await expect.poll(async () => (await look(other)).rootFontSize).toBe('32px');

	// Saved in IndexedDB, the record of truth.
	await expect
		.poll(async () => ((await storedSettings(page)) as { values?: object } | null)?.values)
		.toEqual({ textScale: 2, theme: 'high-contrast-dark' });

	// First paint with none of the app's JavaScript: the inline script alone applies them.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.reload();
	expect(await look(page)).toMatchObject({
		theme: 'high-contrast-dark',
		rootFontSize: '32px',
		rootBackground: 'rgb(0, 0, 0)'
	});
	// The page starts its scripts after its first paint: wait until that start has run its course, served by the
	// service worker or failed on the aborted scripts, so no report of it arrives after the check below.
	const failedStart = 'uncaught: Failed to fetch dynamically imported module: ';
	await expect
		.poll(
			async () =>
				pageErrors.some((error) => error.startsWith(failedStart)) ||
				(await page.evaluate(() => document.documentElement.hasAttribute('data-started')))
		)
		.toBe(true);
	await page.waitForLoadState('networkidle');
	await page.unroute('**/_app/**/*.js');
	// Once the service worker controls the page it serves the scripts, and nothing is aborted; before, each
	// aborted script is reported, which is what this step asked for. Nothing else may be.
	const blocked =
		/^(console: Failed to load resource: net::ERR_FAILED \(|uncaught: Failed to fetch dynamically imported module: )http:\/\/localhost:\d+\/_app\/immutable\/\S+\.js\)?$/;
	expect(pageErrors.filter((error) => !blocked.test(error))).toEqual([]);
	pageErrors.length = 0;
	await page.reload();
	await expect.poll(async () => (await look(page)).rootFontSize).toBe('32px');
	const reopened = await openPanel(page);
	await expect(reopened.getByRole('radio', { name: 'High contrast dark' })).toBeChecked();
	await expect(reopened.getByRole('slider', { name: 'Text size' })).toHaveValue('200');
});

test('a damaged stored record and mirror are repaired field by field; the page never breaks', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	await openPanel(page);
	// The press on the panel's button started storage: the app has made its database (made here first, it
	// would be an empty one the app's migrations take for version 1).
	await expect.poll(() => readStored(page, 'articles', 'rafah-crossing'), { timeout: 15_000 }).toBeDefined();
	// Damage both copies: a newer IndexedDB record with bad fields, and a mirror that is not JSON.
	await page.evaluate(
		(key) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('lectern');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({
						id: 'reading',
						version: 1,
						values: { textScale: 'huge', theme: 'neon', lineHeight: 2, font: 42 },
						updatedAt: Date.now() + 60_000
					});
					tx.oncomplete = () => {
						open.result.close();
						localStorage.setItem(key, '{not json');
						resolve();
					};
				};
			}),
		MIRROR_KEY
	);
	await page.reload();
	await expect(page.locator('article h1')).toBeVisible();
	await expect.poll(async () => (await look(page)).lineHeightRatio).toBe(2);
	expect((await look(page)).rootFontSize).toBe('16px');
	await expect
		.poll(async () => ((await storedSettings(page)) as { values?: object } | null)?.values)
		.toEqual({ lineHeight: 2 });
	const mirror = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), MIRROR_KEY)) ?? 'null');
	expect(mirror.values).toEqual({ lineHeight: 2 });
});

test('settings travel as a file and as a link; a wrong file is refused in words and changes nothing', async ({
	page,
	context
}, testInfo) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/settings');
	await appStarted(page);
	const settings = page.getByRole('region', { name: 'Text settings' }).or(page.locator('.settings-panel'));
	await settings.getByRole('radio', { name: 'Cream' }).check();
	await settings.getByRole('radio', { name: 'Atkinson Hyperlegible Next' }).check();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		settings.getByRole('button', { name: 'Save as a file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('lectern-settings.json');
	const file = testInfo.outputPath('lectern-settings.json');
	await download.saveAs(file);
	expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
		lectern: 'reading-settings',
		version: 1,
		settings: { font: 'atkinson', theme: 'cream' }
	});

	await settings.getByRole('button', { name: 'Copy a link' }).click();
	const link = (await settings.getByText('Link to these settings:').locator('code').textContent()) ?? '';
	expect(link).toMatch(/\/settings#settings=[\w-]+$/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	// Reset here, then bring the settings back from the file…
	await settings.getByRole('button', { name: 'Reset to defaults' }).click();
	await openFile(page, file);
	await expect(settings.getByRole('status')).toHaveText(
		'Settings from lectern-settings.json are now in use.'
	);
	await expect(settings.getByRole('radio', { name: 'Cream' })).toBeChecked();

	// …and a wrong file is refused, with the error summary focused and linked to the field.
	await openFile(page, {
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello": "world"}')
	});
	const summary = settings.locator('.error-summary');
	await expect(summary).toContainText('There is a problem');
	await expect(summary).toContainText('This file does not hold Lectern settings.');
	await expect(summary).toBeFocused();
	await expect(settings.getByRole('button', { name: 'Open a settings file' })).toHaveAccessibleDescription(
		'Error: This file does not hold Lectern settings.'
	);
	await expect(settings.getByRole('radio', { name: 'Cream' })).toBeChecked();
	await expectNoAxeViolations(page, 'settings import error');

	// The link, opened on "another device" (a fresh context), offers the settings and applies them on yes.
	const elsewhere = await (await page.context().browser()!.newContext()).newPage();
	await elsewhere.goto(link.replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
	const offer = elsewhere.getByRole('region', { name: 'Use the settings from this link?' });
	await expect(offer).toContainText('Cream theme, Atkinson Hyperlegible Next, text at 100%');
	expect(await look(elsewhere)).toMatchObject({ theme: null });
	await offer.getByRole('button', { name: 'Use these settings' }).click();
	await expect.poll(async () => (await look(elsewhere)).theme).toBe('cream');
	await elsewhere.context().close();
});

test('forced colours and more contrast: focus stays visible, line focus steps aside', async ({ page }) => {
	await page.emulateMedia({ contrast: 'more' });
	await page.goto(EMBEDDED_PATH);
	// "Match system" with more contrast asked for: the high-contrast palette.
	expect(await look(page)).toMatchObject({ rootBackground: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' });
	const settings = await openPanel(page);
	await settings.getByRole('radio', { name: '3 lines' }).check();
	await expect(page.locator('.line-focus')).toHaveCount(1);
	await expect(page.locator('.line-focus .dim.above')).toBeVisible();

	await page.emulateMedia({ forcedColors: 'active' });
	await expect(page.locator('.line-focus')).toBeHidden();
	await expect(
		settings.getByText('Line focus is off while your system’s contrast colours are on.')
	).toBeVisible();
	expect(await expectFocusAlwaysVisible(page, 'forced colours')).toBeGreaterThan(10);
});

test('line focus dims all but the lines at the pointer and at keyboard focus', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 800 });
	await page.goto(EMBEDDED_PATH);
	const settings = await openPanel(page);
	await settings.getByRole('radio', { name: '1 line', exact: true }).check();
	await page.keyboard.press('Escape');
	const skip = page.getByRole('link', { name: 'Skip to article' });
	const band = () =>
		page.evaluate(() => {
			const above = document.querySelector<HTMLElement>('.line-focus .above')?.getBoundingClientRect();
			const below = document.querySelector<HTMLElement>('.line-focus .below')?.getBoundingClientRect();
			return above && below ? { top: above.bottom, bottom: below.top } : null;
		});
	// Line focus's code loads when it is first turned on; a pointer move before it is in the page is not seen.
	await expect(page.locator('.line-focus')).toHaveCount(1);
	await page.mouse.move(500, 400);
	await expect.poll(async () => (await band())?.top).toBeGreaterThan(380);
	const atPointer = await band();
	const lineHeight = await page
		.locator('article p')
		.first()
		.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
	expect((atPointer?.bottom ?? 0) - (atPointer?.top ?? 0)).toBeCloseTo(lineHeight, 0);
	expect(atPointer?.top).toBeLessThan(400);
	expect(atPointer?.bottom).toBeGreaterThan(400);

	// Keyboard focus moves the band: the skip link focuses the article, and the band goes to its top line.
	await skip.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('article')).toBeFocused();
	const top = await page
		.locator('article')
		.evaluate((article) => Math.max(0, article.getBoundingClientRect().top));
	await expect.poll(async () => Math.round((await band())?.top ?? -1)).toBe(Math.round(top));
});

test('a web font, once chosen, renders offline', async ({ page }) => {
	const server = await startServer();
	try {
		await page.goto(`${server.origin}${EMBEDDED_PATH}`);
		await waitUntilOfflineReady(page);
		for (const [name, family] of [
			['OpenDyslexic', 'OpenDyslexic'],
			['Atkinson Hyperlegible Next', 'Atkinson Hyperlegible Next']
		] as const) {
			const settings = await openPanel(page);
			await settings.getByRole('radio', { name }).check();
			await expect
				.poll(() =>
					page.evaluate(
						(f) => document.fonts.check(`400 1em "${f}"`) && document.fonts.check(`700 1em "${f}"`),
						family
					)
				)
				.toBe(true);
			await page.keyboard.press('Escape');
		}
	} finally {
		await server.stop();
	}
	// The server is gone: the reload comes from the service worker, the font from its cache.
	await page.reload();
	await expect(page.locator('article h1')).toBeVisible();
	// The Latin faces the article uses (regular text, bold headings) load from the worker's cache.
	const latinFaces = () =>
		page.evaluate(() =>
			[...document.fonts]
				.filter((face) => face.family.includes('Atkinson') && face.unicodeRange.startsWith('U+0-FF'))
				.map((face) => `${face.weight} ${face.status}`)
				.sort()
		);
	await expect.poll(latinFaces).toEqual(['400 loaded', '700 loaded']);
	expect(
		await page
			.locator('article p')
			.first()
			.evaluate((p) => getComputedStyle(p).fontFamily)
	).toContain('Atkinson Hyperlegible Next');
});
