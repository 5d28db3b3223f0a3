// The XSS corpus, imported as HTML, Markdown and plain text through the real page: no script may run, no
// handler or script URL may reach the DOM, and the CSP must never have to step in.
import { expect, test } from './helpers/fixtures';
import { openAddPage, openFiles, textFile } from './helpers/library';
import { NO_TRACES, scriptTraces, watchForScriptEffects } from './helpers/xss';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

const FORMATS = {
	html: {
		type: 'text/html',
		wrap: (payload: string, n: number) =>
			`<!doctype html><html><head><title>Payload ${n}</title></head><body><article><h1>Payload ${n}</h1>` +
			`<p>Words around the payload keep the page readable.</p>${payload}<p>And more words after it.</p></article></body></html>`
	},
	md: {
		type: 'text/markdown',
		wrap: (payload: string, n: number) => `${payload}\n\nPayload ${n} in Markdown.\n\n${payload}`
	},
	txt: {
		type: 'text/plain',
		wrap: (payload: string, n: number) => `${payload}\n\nPayload ${n} as text.\n\n${payload}`
	}
} as const;

for (const [extension, format] of Object.entries(FORMATS)) {
	test(`${XSS_PAYLOADS.length} XSS payloads imported as ${extension} run nothing and leave nothing`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const dialogs = await watchForScriptEffects(page);

		await openAddPage(page);
		await openFiles(
			page,
			XSS_PAYLOADS.map((payload, n) =>
				textFile(`payload-${n}.${extension}`, format.wrap(payload, n), format.type)
			)
		);
		await expect(page).toHaveURL(/\/$/);
		const ids: string[] = await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const request = indexedDB.open('lectern');
				request.onsuccess = () => resolve(request.result);
			});
			const keys = await new Promise<IDBValidKey[]>((resolve) => {
				const request = db.transaction('articles').objectStore('articles').getAllKeys();
				request.onsuccess = () => resolve(request.result);
			});
			db.close();
			return keys.map(String).filter((key) => key !== 'rafah-crossing');
		});
		expect(ids).toHaveLength(XSS_PAYLOADS.length);

		// The library lists every title (the payload itself, for text and Markdown) and must stay inert too.
		// Articles open by in-app navigation, as a reader opens them, which keeps 300 visits fast.
		await page.goto('/');
		const pages = ['/', ...ids.map((id) => `/read/${encodeURIComponent(id)}`)];
		for (const path of pages) {
			if (path !== '/') {
				await page.evaluate((href) => {
					const link = Object.assign(document.createElement('a'), { href });
					document.body.append(link);
					link.click();
					link.remove();
				}, path);
				await page.waitForURL((url) => url.pathname === path);
			}
			await expect(page.locator('main h1'), path).toBeVisible();
			const found = await scriptTraces(page);
			expect(found, path).toEqual(NO_TRACES);
		}
		expect(dialogs).toEqual([]);
	});
}
