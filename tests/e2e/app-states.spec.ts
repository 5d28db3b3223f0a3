// The app's own states beyond the article: settings, install offers, storage switched off.
import { expectNoAxeViolations } from './helpers/axe';
import { appStatus, EMBEDDED_PARAGRAPHS, EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { expectNoHorizontalScroll, expectTargetsAtLeast44px } from './helpers/layout';

/** Fires the event Chromium sends when Lectern can be installed, with a stub prompt that records its use. */
async function offerInstall(page: import('@playwright/test').Page): Promise<void> {
	await page.evaluate(() => {
		const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => {
				(window as unknown as { installPrompted: boolean }).installPrompted = true;
			},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(offer);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [320, 1280]) {
		test(`the settings page is accessible: ${colorScheme}, ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.emulateMedia({ colorScheme });
			await page.goto('/settings');
			await expect(page).toHaveTitle('Settings — Lectern');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
			await expect(page.getByTestId('storage-used')).toHaveText(
				/^[\d.]+ (B|kB|MB|GB) of [\d.]+ (B|kB|MB|GB|TB) available$/
			);
			const state = `settings, ${colorScheme}, ${width} px`;
			await expectNoAxeViolations(page, state);
			await expectNoHorizontalScroll(page, state);
			await expectTargetsAtLeast44px(page, state);
		});
	}
}

test('the Install button appears only when the browser offers installation, uses the offer once, and moves nothing', async ({
	page
}) => {
	// A phone's width, where one more button in the header would wrap it onto a second row
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto(EMBEDDED_PATH);
	const footer = page.getByRole('contentinfo');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Settings' })).toBeVisible();
	await expect(page.getByRole('button', { name: /Install/ })).toHaveCount(0);
	const title = await page.locator('#title').boundingBox();

	// Offered once the reader has started, as on a first visit (an earlier offer: the next test)
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await offerInstall(page);
	const install = footer.getByRole('button', { name: 'Install Lectern' });
	await expect(install).toBeVisible();
	await expectNoAxeViolations(page, 'install offered');
	await expectTargetsAtLeast44px(page, 'install offered');
	// Offered after the first paint, it must not push the article (a layout shift)
	expect(await page.locator('#title').boundingBox()).toEqual(title);

	await install.click();
	expect(
		await page.evaluate(() => (window as unknown as { installPrompted?: boolean }).installPrompted)
	).toBe(true);
	await expect(install).toHaveCount(0);
});

test('an install offer made before the reader has started is kept for it', async ({ page }) => {
	// On a revisit the worker controls the page at once, and Chromium may offer installation before the
	// reader's start-up (which waits for the first paint) has fetched its modules. Hold them back to make it so.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let requested = 0;
	await page.route(/\/_app\/immutable\/.+\.js$/, async (route) => {
		requested++;
		await held;
		await route.continue();
	});
	await page.goto(EMBEDDED_PATH, { waitUntil: 'commit' });
	await expect(page.locator('#title')).toBeVisible();
	await expect.poll(() => requested, { message: 'the start-up has begun fetching' }).toBeGreaterThan(0);
	await offerInstall(page);
	await expect(page.getByRole('region', { name: 'Read aloud' })).toHaveCount(0);

	release();
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Install Lectern' })).toBeVisible();
	await page.getByRole('button', { name: 'Install Lectern' }).click();
	expect(
		await page.evaluate(() => (window as unknown as { installPrompted?: boolean }).installPrompted)
	).toBe(true);
});

test('running installed (standalone), Lectern offers no Install button and says it is installed', async ({
	page
}) => {
	// Chromium cannot emulate display-mode here; iOS's navigator.standalone takes the same path in the app.
	await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { get: () => true }));
	await page.goto('/settings');
	await offerInstall(page);
	await expect(page.getByText('Lectern is installed on this device.')).toBeVisible();
	await expect(page.getByRole('button', { name: /Install/ })).toHaveCount(0);
});

test.describe('on an iPhone', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
	});

	test('settings explain Share, then Add to Home Screen', async ({ page }) => {
		await page.goto('/settings');
		await expect(page.getByText('To install Lectern, tap Share, then Add to Home Screen.')).toBeVisible();
		await expectNoAxeViolations(page, 'iOS install hint');
	});
});

test('with IndexedDB unavailable the article still reads and the page says saving is off', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
	});
	await page.goto(EMBEDDED_PATH);
	await expect(appStatus(page)).toHaveText(
		'Saving is off in this browser window (private browsing may block it). You can still read.'
	);
	await expect(page.locator('article')).toContainText(EMBEDDED_PARAGRAPHS.at(-1) ?? '');
	await expectNoAxeViolations(page, 'saving off');
});

test('nothing on the reader moves once painted: no layout shift while it loads, hydrates and gets ready offline', async ({
	page
}) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.addInitScript(() => {
		const win = window as unknown as { shifts: { value: number; sources: string[] }[] };
		win.shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				sources: { node?: Node | null }[];
			}[])
				win.shifts.push({
					value: entry.value,
					sources: entry.sources.map(
						(source) => (source.node as Element | null)?.outerHTML?.slice(0, 80) ?? ''
					)
				});
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(EMBEDDED_PATH);
	// The status line says so once the service worker has cached everything: the late arrival that moved the page
	await expect(appStatus(page)).toContainText('Ready to read offline.');
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
});

test('news in the status toast leaves after a few seconds, but never while focus is on it', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	const toast = page.getByRole('region', { name: 'Lectern status' });
	const dismiss = toast.getByRole('button', { name: 'Dismiss' });
	await expect(appStatus(page)).toContainText('Ready to read offline.');
	await dismiss.focus();
	// Twice as long as news stays in view: it waits for the reader whose focus is on it.
	await page.waitForTimeout(16_000);
	await expect(dismiss).toBeVisible();
	await expect(dismiss).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(dismiss).toBeHidden({ timeout: 12_000 });
	// Heard once; the status line stays in the page for the next message.
	await expect(appStatus(page)).toContainText('Ready to read offline.');
});
