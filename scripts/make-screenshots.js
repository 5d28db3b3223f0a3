// `npm run screenshots`: real screenshots of the production build for the manifest's richer install UI.
// Serves build/ on a free port (building first when there is no build), opens the embedded article and writes
//   static/screenshots/narrow.png       720×1480 (360×740 CSS pixels at 2×), form_factor "narrow", light
//   static/screenshots/narrow-dark.png  the same in the dark theme
//   static/screenshots/wide.png         1280×800 (1×), form_factor "wide"
// at exactly the sizes static/manifest.webmanifest declares. They ship in static/, so rebuild afterwards.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROME_FLAGS, MISSING_BROWSER, findChrome } from './find-chrome.js';
import { serve } from './serve.js';

const PATH = '/read/rafah-crossing';
const OUT = 'static/screenshots';
/** Above this, a screenshot is quantised to a palette: it is precached by every install. */
const MAX_BYTES = 150 * 1024;

const SHOTS = [
	{ file: 'narrow.png', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true },
	{
		file: 'narrow-dark.png',
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		dark: true
	},
	{ file: 'wide.png', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false }
];

if (!existsSync('build/index.html')) {
	console.log('No build yet; building…');
	execSync('npm run build', { stdio: 'inherit' });
}

const executablePath = findChrome();
if (!executablePath) throw new Error(MISSING_BROWSER);

const server = await serve({ port: 0 });
const address = server.address();
if (!address || typeof address !== 'object') throw new Error('The server has no port.');
const origin = `http://127.0.0.1:${address.port}`;
const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS });

try {
	mkdirSync(OUT, { recursive: true });
	for (const { file, viewport, deviceScaleFactor, isMobile, dark = false } of SHOTS) {
		const context = await browser.newContext({
			viewport,
			deviceScaleFactor,
			isMobile,
			hasTouch: isMobile,
			colorScheme: dark ? 'dark' : 'light',
			reducedMotion: 'reduce',
			locale: 'en-GB'
		});
		const page = await context.newPage();
		// The first visit installs the worker and says "Ready to read offline."; the picture is of a later visit,
		// as a reader who installed Lectern sees it.
		await page.goto(`${origin}${PATH}`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await page.reload({ waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		await page.locator('h1').first().waitFor();
		// The read-aloud bar, as a reader sees it a moment after the article
		await page.locator('[data-player-play]').waitFor();
		const shot = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
		await context.close();

		const width = viewport.width * deviceScaleFactor;
		const height = viewport.height * deviceScaleFactor;
		let png = await sharp(shot).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
		if (png.length > MAX_BYTES) {
			png = await sharp(shot).png({ palette: true, colours: 64, dither: 0, compressionLevel: 9 }).toBuffer();
		}
		const { width: realWidth, height: realHeight } = await sharp(png).metadata();
		if (realWidth !== width || realHeight !== height) {
			throw new Error(`${file} came out ${realWidth}×${realHeight}, not ${width}×${height}.`);
		}
		writeFileSync(join(OUT, file), png);
		console.log(`${join(OUT, file)}: ${width}×${height}, ${png.length} bytes`);
	}
	console.log('Run `npm run build` to ship the new screenshots.');
} finally {
	await browser.close();
	server.close();
}
