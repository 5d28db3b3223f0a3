// Deterministic size budgets over the production build: bytes shipped, never times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';

/** JavaScript the reader page needs to show and hydrate the article (everything before the `load` event). */
const FIRST_LOAD_BUDGET = 40 * 1024;
/** Everything, once the deferred offline and storage code has loaded too. */
const AFTER_IDLE_BUDGET = 50 * 1024;

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the reader page ships at most 40 KB of JavaScript (gzipped) before load, 50 KB with deferred code', async ({
	page
}) => {
	const scripts = new Set<string>();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.endsWith('.js') && url.pathname.startsWith('/_app/')) scripts.add(url.pathname);
	});
	await page.goto(EMBEDDED_PATH, { waitUntil: 'load' });
	const firstLoad = [...scripts];
	// Deferred work: the service worker registration and the storage code, after load and idle.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.waitForLoadState('networkidle');

	// Inline scripts that run count too; JSON data blocks (the article, inlined for hydration) are not code.
	const html = readFileSync(join('build', `${EMBEDDED_PATH}.html`), 'utf8');
	const inline = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)];
	const inlineBytes = inline.reduce((sum, [, code]) => sum + gzipped(code ?? ''), 0);
	const size = (paths: string[]) =>
		paths.reduce((sum, path) => sum + gzipped(readFileSync(join('build', path))), inlineBytes);

	const first = size(firstLoad);
	const all = size([...scripts]);
	console.log(
		`reader JavaScript, gzipped: first load ${kb(first)} (${firstLoad.length} files + ${inline.length} inline); ` +
			`with deferred code ${kb(all)} (${scripts.size} files)`
	);
	expect(firstLoad.length).toBeGreaterThan(0);
	expect(scripts.size).toBeGreaterThan(firstLoad.length);
	expect(first).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
	expect(all).toBeLessThanOrEqual(AFTER_IDLE_BUDGET);
});
