import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { look, openPanel } from './helpers/settings';
import { appStatus, EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { startServer, waitUntilOfflineReady } from './helpers/server';
import { readStored } from './helpers/stored';

/** The saved reading position of the embedded article. */
const readProgress = (page: Page) => readStored<{ scrollBlock?: number }>(page, 'progress', 'rafah-crossing');

/** A copy of the build that the test can turn into "version 2" by changing its service worker. */
function copyOfBuild(): { dir: string; releaseVersion2: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-release-'));
	cpSync('build', dir, { recursive: true });
	const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string };
	return {
		dir,
		releaseVersion2: () => {
			const worker = join(dir, 'service-worker.js');
			const code = readFileSync(worker, 'utf8');
			expect(code).toContain(version);
			writeFileSync(worker, code.replaceAll(version, 'lectern-test-v2'));
		}
	};
}

test('an update waits for the reader, reloads once when they agree, and keeps their place', async ({
	page
}) => {
	const release = copyOfBuild();
	const server = await startServer(release.dir);
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.goto(`${server.origin}${EMBEDDED_PATH}`);
	await waitUntilOfflineReady(page);
	// The reader's settings must survive the update too.
	const settings = await openPanel(page);
	await settings.getByRole('radio', { name: 'Cream' }).check();
	await page.keyboard.press('Escape');
	await expect(settings).toBeHidden();

	await page.locator('[data-block="14"]').evaluate((block) => block.scrollIntoView({ block: 'start' }));
	await expect.poll(async () => (await readProgress(page))?.scrollBlock).toBeGreaterThanOrEqual(13);
	const place = (await readProgress(page))?.scrollBlock ?? 0;

	release.releaseVersion2();
	const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
	const focusBefore = await focused();
	// The app checks for a new version whenever the page becomes visible again.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

	const prompt = appStatus(page);
	await expect(prompt).toHaveText('A new version of Lectern is ready.');
	const reload = page.getByRole('button', { name: 'Reload to update' });
	await expect(reload).toBeVisible();
	expect(await focused(), 'the prompt never takes focus').toBe(focusBefore);
	await expectNoAxeViolations(page, 'update prompt');

	// Nothing happens on its own: no reload while the reader has not agreed.
	let loads = 0;
	page.on('load', () => (loads += 1));
	await page.waitForTimeout(1500);
	expect(loads).toBe(0);

	await reload.click();
	await page.waitForEvent('load');
	await page.waitForTimeout(1500);
	expect(loads, 'exactly one reload').toBe(1);

	// The new worker now controls the page and its precache holds version 2.
	const revisions = await page.evaluate(async () => {
		const keys = await Promise.all(
			(await caches.keys()).map(async (name) => (await caches.open(name)).keys())
		);
		return keys.flat().map((request) => request.url);
	});
	expect(revisions.some((url) => url.includes('lectern-test-v2'))).toBe(true);
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)
	).toBe(null);
	await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);

	// The reader's settings and place survived, in storage and on screen.
	expect((await look(page)).theme).toBe('cream');
	expect((await look(page)).rootBackground).toBe('rgb(246, 238, 220)');
	expect((await readProgress(page))?.scrollBlock).toBe(place);
	await expect(page.locator(`[data-block="${place}"]`)).toBeInViewport();
	await server.stop();
});

test('a database upgrade from another tab: the old tab says what happened, nothing hangs', async ({
	page,
	context
}) => {
	const server = await startServer();
	await page.goto(`${server.origin}${EMBEDDED_PATH}`);
	// The page has opened its connection and saved the embedded article.
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((db) => db.name === 'lectern' && db.version === 3)
	);
	await page.locator('[data-block="8"]').evaluate((block) => block.scrollIntoView({ block: 'start' }));
	await expect.poll(async () => (await readProgress(page))?.scrollBlock).toBeGreaterThan(0);

	const newer = await context.newPage();
	await newer.goto(`${server.origin}/robots.txt`);
	const outcome = await newer.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('lectern', 99);
				open.onblocked = () => resolve('blocked');
				open.onsuccess = () => {
					open.result.close();
					resolve('opened');
				};
				open.onerror = () => resolve(`error: ${open.error?.message}`);
			})
	);
	expect(outcome, 'the old tab closed its connection, so the upgrade went through').toBe('opened');

	await expect(appStatus(page)).toHaveText(
		'Lectern was updated in another tab. Reload this tab to keep saving your place.'
	);
	await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
	await expectNoAxeViolations(page, 'updated in another tab');
	await server.stop();
});
