// Lectern can be installed: a valid manifest, no installability errors once the worker controls the page, and
// every icon and screenshot is the PNG, of the real pixel size, that the manifest and the head say it is.
import type { APIRequestContext, Page } from '@playwright/test';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';

type ImageEntry = {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
	form_factor?: string;
	label?: string;
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which always comes first, straight after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
	expect(bytes.toString('latin1', 12, 16), 'first chunk').toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Fetches an image from the server and returns its real pixel size. */
async function fetchPng(request: APIRequestContext, src: string): Promise<{ width: number; height: number }> {
	const response = await request.get(src);
	expect(response.status(), src).toBe(200);
	expect(response.headers()['content-type'], src).toBe('image/png');
	return pngSize(await response.body());
}

function declared(sizes: string): { width: number; height: number } {
	const match = /^(\d+)x(\d+)$/.exec(sizes);
	expect(match, `sizes "${sizes}" is one WIDTHxHEIGHT`).not.toBeNull();
	return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

/**
 * The manifest Chrome found for the page. A reader page links it only once its first paint is presented
 * (src/lib/server/start-after-paint.ts), so this waits for the link rather than reading the head at `load`.
 */
async function appManifest(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await expect(page.locator('head link[rel="manifest"]')).toHaveCount(1);
	await expect.poll(async () => (await cdp.send('Page.getAppManifest')).url).not.toBe('');
	return cdp.send('Page.getAppManifest');
}

/** Waits until the service worker Lectern registers itself controls the page. */
async function waitForWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('installing Lectern', () => {
	// Pages link the manifest by relative paths, the SPA shell by absolute ones: each must reach the one manifest.
	for (const path of ['/', `${EMBEDDED_PATH}/`, '/read/not-a-prerendered-page']) {
		test(`${path} links the manifest`, async ({ page }) => {
			await page.goto(path);
			const { url, errors } = await appManifest(page);
			expect(new URL(url).pathname).toBe('/manifest.webmanifest');
			expect(errors).toEqual([]);
		});
	}

	test('the manifest parses without errors and says what Lectern is', async ({ page }) => {
		await page.goto(EMBEDDED_PATH);
		const { url, errors, data } = await appManifest(page);
		expect(new URL(url).pathname).toBe('/manifest.webmanifest');
		expect(errors).toEqual([]);
		const manifest = JSON.parse(data ?? '{}');
		expect(manifest).toMatchObject({
			id: '/',
			name: 'Lectern',
			short_name: 'Lectern',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			lang: 'en-GB',
			dir: 'ltr',
			background_color: '#fbfaf7',
			theme_color: '#fbfaf7',
			categories: ['books', 'news', 'education', 'productivity']
		});
		expect(manifest.description).toEqual(expect.any(String));
		expect(manifest.description.length).toBeGreaterThan(0);

		const icons: ImageEntry[] = manifest.icons;
		const iconKeys = icons.map(({ sizes, purpose, type }) => `${sizes} ${purpose} ${type}`);
		expect(iconKeys.sort()).toEqual([
			'192x192 any image/png',
			'512x512 any image/png',
			'512x512 maskable image/png'
		]);

		const screenshots: ImageEntry[] = manifest.screenshots;
		// The phone in light and in dark, and a wide screen
		expect(screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'narrow', 'wide']);
		for (const shot of screenshots) {
			expect(shot.type).toBe('image/png');
			expect(shot.label?.length, `${shot.src} has a label`).toBeGreaterThan(0);
		}
	});

	test('Chrome finds nothing that stops the install once the worker controls the page', async ({ page }) => {
		await page.goto(EMBEDDED_PATH);
		await waitForWorker(page);
		const cdp = await page.context().newCDPSession(page);
		// Every Playwright context is incognito-like; that one error is about the test, not about Lectern.
		await expect
			.poll(async () => {
				const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
				return installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito');
			})
			.toEqual([]);
	});

	test('every icon and screenshot is a PNG of exactly its declared size', async ({ page, request }) => {
		await page.goto(EMBEDDED_PATH);
		const { data } = await appManifest(page);
		const manifest = JSON.parse(data ?? '{}');
		const icons: ImageEntry[] = manifest.icons;
		const screenshots: ImageEntry[] = manifest.screenshots;

		for (const icon of icons) {
			expect(await fetchPng(request, icon.src), icon.src).toEqual(declared(icon.sizes));
		}

		for (const shot of screenshots) {
			const size = await fetchPng(request, shot.src);
			expect(size, shot.src).toEqual(declared(shot.sizes));
			// Chrome's richer install UI: each side 320–3840 px, the long side at most 2.3 times the short side.
			const short = Math.min(size.width, size.height);
			const long = Math.max(size.width, size.height);
			expect(short, shot.src).toBeGreaterThanOrEqual(320);
			expect(long, shot.src).toBeLessThanOrEqual(3840);
			expect(long / short, shot.src).toBeLessThanOrEqual(2.3);
			if (shot.form_factor === 'wide')
				expect(size.width, `${shot.src} is landscape`).toBeGreaterThan(size.height);
			else expect(size.height, `${shot.src} is portrait`).toBeGreaterThan(size.width);
		}
	});

	test('the head carries the home-screen icon, title and theme colours', async ({ page, request }) => {
		await page.goto(EMBEDDED_PATH);
		const head = page.locator('head');
		await expect(head.locator('link[rel="manifest"]')).toHaveAttribute('href', /\/manifest\.webmanifest$/);
		await expect(head.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
			'content',
			'Lectern'
		);
		await expect(head.locator('meta[name="mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');

		const themeColours = await head
			.locator('meta[name="theme-color"]')
			.evaluateAll((metas) =>
				metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')])
			);
		expect(themeColours).toEqual([
			['(prefers-color-scheme: light)', '#fbfaf7'],
			['(prefers-color-scheme: dark)', '#121416']
		]);

		const touchIcons = head.locator('link[rel="apple-touch-icon"]');
		await expect(touchIcons).toHaveCount(1);
		const href = await touchIcons.getAttribute('href');
		const src = new URL(href ?? '', page.url()).pathname;
		expect(await fetchPng(request, src)).toEqual({ width: 180, height: 180 });
	});
});
