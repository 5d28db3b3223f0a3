// Bytes the reader page ships, gzipped as a static host sends them: read from the build, for the files the
// browser's own resource timing says it fetched. Shared by the size budgets (tests/e2e/budget.spec.ts) and the
// benchmark, so both count the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {Buffer | string} bytes */
export const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * After the page has loaded and gone idle: the JavaScript it needs to start (the modules its start-up script
 * preloads, src/lib/server/start-after-paint.ts), all the JavaScript it fetched, and its CSS. Inline scripts
 * count as code; JSON data blocks (the article, inlined for hydration) do not.
 * @param {import('@playwright/test').Page} page
 * @param {string} htmlFile the page's file in the build, for its inline scripts
 */
export async function shippedBytes(page, htmlFile) {
	const fetched = await page.evaluate(() => {
		return performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name).pathname)
			.filter((path) => path.startsWith('/_app/'));
	});
	const html = readFileSync(htmlFile, 'utf8');
	const startup = /const preload = (\[[^\]]*\]);/.exec(html)?.[1];
	if (!startup) throw new Error(`${htmlFile} has no start-up module list`);
	const firstLoad = /** @type {string[]} */ (JSON.parse(startup));
	const missing = firstLoad.filter((path) => !fetched.includes(path));
	if (missing.length > 0) throw new Error(`start-up modules never fetched: ${missing.join(', ')}`);
	const inline = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)];
	const inlineBytes = inline.reduce((sum, [, code]) => sum + gzipped(code ?? ''), 0);
	/** @param {(path: string) => boolean} keep */
	const files = (keep) => [...new Set(fetched.filter(keep))];
	/** @param {string[]} paths */
	const size = (paths) => paths.reduce((sum, path) => sum + gzipped(readFileSync(join('build', path))), 0);
	const allScripts = files((path) => path.endsWith('.js'));
	const css = files((path) => path.endsWith('.css'));
	return {
		html: gzipped(html),
		firstLoad: { files: firstLoad.length, inline: inline.length, bytes: size(firstLoad) + inlineBytes },
		allScripts: { files: allScripts.length, bytes: size(allScripts) + inlineBytes },
		css: { files: css.length, bytes: size(css) }
	};
}

/**
 * What the service worker keeps for offline reading: every cached response's body, uncompressed.
 * @param {import('@playwright/test').Page} page
 */
export function precachedBytes(page) {
	return page.evaluate(async () => {
		let bytes = 0;
		let entries = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				bytes += (await response?.arrayBuffer())?.byteLength ?? 0;
				entries++;
			}
		}
		return { bytes, entries };
	});
}
