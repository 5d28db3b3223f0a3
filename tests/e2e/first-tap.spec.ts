// Every tap counts and every page is still, on a slow phone: a page opened by its address answers a tap made
// the moment it has loaded, and nothing on it moves while it loads or while status messages come and go.
import type { Browser, Page } from '@playwright/test';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';

async function slowPhone(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	// A mid-range phone: the races that never show on this machine do at a quarter of its speed.
	await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return page;
}

for (const path of [EMBEDDED_PATH, '/', '/add']) {
	test(`"Text settings" opens on a tap made at the load event: ${path}`, async ({ browser }) => {
		const page = await slowPhone(browser);
		await page.goto(path, { waitUntil: 'load' });
		const toggle = page.getByRole('button', { name: 'Text settings', exact: true });
		await toggle.tap();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(
			page.getByRole('region', { name: 'Text settings' }).getByRole('radio').first()
		).toBeVisible();
		await page.context().close();
	});
}

test('a theme chosen at the load event of the settings page is applied and kept', async ({ browser }) => {
	const page = await slowPhone(browser);
	await page.goto('/settings', { waitUntil: 'load' });
	await page.getByRole('radio', { name: 'Dark', exact: true }).tap();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
	await page.context().close();
});

test('a sort order chosen before the library has started is applied and kept', async ({ page }) => {
	// The start-up's modules are held back, so the choice is surely made on the prerendered page, before any
	// handler can hear it (on a loaded CI machine it was; the choice showed but was never saved).
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	const sort = page.getByRole('combobox', { name: 'Sort by' });
	await sort.selectOption('title');
	await expect(page.locator('html[data-started]')).toHaveCount(0);
	release();
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
	await expect(sort).toHaveValue('title');
	// The app's choice, not only the element's: it is remembered
	await expect.poll(() => page.evaluate(() => localStorage.getItem('lectern-library-sort'))).toBe('title');
	await page.unrouteAll();
	await page.reload({ waitUntil: 'load' });
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
	await expect(sort).toHaveValue('title');
});

/** Sums layout shifts not caused by input, from the first paint on (buffered). */
async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts = ((window as unknown as { __shifts: number[] }).__shifts = [] as number[]);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!entry.hadRecentInput) shifts.push(entry.value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

const shiftTotal = (page: Page) =>
	page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));

for (const path of ['/', '/add', '/settings', EMBEDDED_PATH]) {
	test(`nothing moves while ${path} loads, on a first visit and a second`, async ({ browser }) => {
		const page = await slowPhone(browser);
		await watchShifts(page);
		// The first visit: the worker installs and "Ready to read offline" comes, then goes.
		await page.goto(path, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
		await page.waitForTimeout(3000);
		expect(await shiftTotal(page), `layout shift, first visit to ${path}`).toBe(0);
		await page.reload({ waitUntil: 'networkidle' });
		await page.waitForTimeout(3000);
		expect(await shiftTotal(page), `layout shift, second visit to ${path}`).toBe(0);
		await page.context().close();
	});
}

test('the library does not move when it fills from storage, nor when a status message comes and goes', async ({
	browser
}) => {
	const page = await slowPhone(browser);
	await watchShifts(page);
	// Two articles saved, then a cold load of the library.
	for (const text of [
		'First saved piece\n\nIts only paragraph.',
		'Second saved piece\n\nAnother paragraph.'
	]) {
		await page.goto('/add');
		await page.getByRole('textbox', { name: /text/i }).first().fill(text);
		await page.getByRole('button', { name: 'Add text to library' }).click();
		await page.waitForURL(/\/read\//);
	}
	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.getByRole('link', { name: /Second saved piece/ })).toBeVisible();
	await page.waitForTimeout(2000);
	expect(await shiftTotal(page), 'layout shift while the library loads').toBe(0);
	// A status message arrives without input (another tab, the network): nothing moves.
	await page.context().setOffline(true);
	await expect(page.getByRole('region', { name: 'Lectern status' }).getByRole('status')).toContainText(
		'offline'
	);
	await page.context().setOffline(false);
	await page.waitForTimeout(1000);
	expect(await shiftTotal(page)).toBe(0);
	await page.context().close();
});
