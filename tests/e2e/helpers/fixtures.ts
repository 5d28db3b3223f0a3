// Every e2e test fails on a console error, an uncaught exception or a CSP violation in the page.
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const EMBEDDED_PATH = '/read/rafah-crossing';
export const EMBEDDED_SOURCE = readFileSync('src/lib/article/rafah-crossing.txt', 'utf8');
/** The embedded article's paragraphs as written: the title first. */
export const EMBEDDED_PARAGRAPHS = EMBEDDED_SOURCE.split(/\n\s*\n/)
	.map((paragraph) => paragraph.trim())
	.filter(Boolean);

export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
			});
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			await use(errors);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Lectern's own status line (updates, offline, storage), as distinct from the read-aloud player's. */
export function appStatus(page: Page) {
	return page.getByRole('region', { name: 'Lectern status' }).getByRole('status');
}

/**
 * Waits until the app has started on the page. A tap before then is held and made again once it has (the
 * first-tap tests), so Playwright's `check()`, which looks at the state at once, needs the app started.
 */
export async function appStarted(page: Page): Promise<void> {
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
}
