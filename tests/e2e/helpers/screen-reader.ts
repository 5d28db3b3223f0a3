// Drives @guidepup/virtual-screen-reader inside the page, loaded from node_modules (no CDN: tests run offline).
import type { Page } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const BUNDLE = require.resolve('@guidepup/virtual-screen-reader/browser.js');
const BUNDLE_URL = '/__virtual-screen-reader__.js';

/** Serves the reader's bundle from the page's own origin, so the page's CSP (`script-src 'self'`) allows it. */
export async function serveVirtualScreenReader(page: Page): Promise<void> {
	await page.route(`**${BUNDLE_URL}`, (route) =>
		route.fulfill({ path: BUNDLE, contentType: 'text/javascript; charset=utf-8' })
	);
}

/** Everything the virtual screen reader says, moving with "next" from the top of the page to the end. */
export async function readWholePage(page: Page, maxSteps = 600): Promise<string[]> {
	return page.evaluate(
		async ({ url, maxSteps }) => {
			const { virtual } = await import(/* @vite-ignore */ url);
			await virtual.start({ container: document.body });
			let previousLength = -1;
			for (let step = 0; step < maxSteps; step += 1) {
				await virtual.next();
				const log: string[] = await virtual.spokenPhraseLog();
				if (log.at(-1) === 'end of document' || log.length === previousLength) break;
				previousLength = log.length;
			}
			const log: string[] = await virtual.spokenPhraseLog();
			await virtual.stop();
			return log;
		},
		{ url: BUNDLE_URL, maxSteps }
	);
}

/** Starts the virtual screen reader and leaves it listening (live regions are logged as "polite: …"). */
export async function startListening(page: Page): Promise<void> {
	await page.evaluate(async (url) => {
		const { virtual } = await import(/* @vite-ignore */ url);
		await virtual.start({ container: document.body });
		(window as unknown as { __virtualScreenReader: unknown }).__virtualScreenReader = virtual;
	}, BUNDLE_URL);
}

/** Everything the listening virtual screen reader said since `startListening`; stops it. */
export async function stopListening(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const virtual = (
			window as unknown as {
				__virtualScreenReader: { spokenPhraseLog(): Promise<string[]>; stop(): Promise<void> };
			}
		).__virtualScreenReader;
		const log = await virtual.spokenPhraseLog();
		await virtual.stop();
		return log;
	});
}
