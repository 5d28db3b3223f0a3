// Reading settings from a test: open the panel as a reader would, read the page's look from computed styles,
// or choose settings directly by writing the mirror the app itself writes (for the state matrix).
import type { Page } from '@playwright/test';
import { styleFor, type ReadingSettings } from '../../../src/lib/settings/model';
import { expect } from './fixtures';

export const MIRROR_KEY = 'lectern-reading-style';

export function panel(page: Page) {
	return page.getByRole('region', { name: 'Text settings' });
}

export async function openPanel(page: Page) {
	const toggle = page.getByRole('button', { name: 'Text settings', exact: true });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	// The button works once the page's deferred code has loaded.
	await expect(async () => {
		await toggle.click();
		await expect(panel(page).getByRole('heading', { name: 'Text and colours' })).toBeVisible({
			timeout: 1000
		});
	}).toPass();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	return panel(page);
}

/** What the page looks like, read from computed styles. */
export function look(page: Page) {
	return page.evaluate(() => {
		const root = getComputedStyle(document.documentElement);
		// A body paragraph (the standfirst, first, is set apart).
		const paragraph = [...document.querySelectorAll('article p')].at(-1);
		const p = paragraph ? getComputedStyle(paragraph) : null;
		return {
			theme: document.documentElement.dataset.theme ?? null,
			rootFontSize: root.fontSize,
			background: getComputedStyle(document.body).backgroundColor || root.backgroundColor,
			rootBackground: root.backgroundColor,
			color: root.color,
			lineHeightRatio: p ? Number((parseFloat(p.lineHeight) / parseFloat(p.fontSize)).toFixed(2)) : null,
			fontFamily: p?.fontFamily ?? ''
		};
	});
}

/** The mirror the app writes, as if the reader had chosen these settings in the panel. */
export async function useSettings(page: Page, settings: ReadingSettings): Promise<void> {
	await page.evaluate(({ key, mirror }) => localStorage.setItem(key, JSON.stringify(mirror)), {
		key: MIRROR_KEY,
		mirror: { updatedAt: Date.now() + 60_000, values: settings, ...styleFor(settings) }
	});
}

/**
 * Adds a pronunciation rule on the Settings page, the first one there, and waits until it is saved; returns the
 * Pronunciation section.
 */
export async function addRule(page: Page, written: string, said: string) {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Pronunciation' });
	// The list has been read from storage: the page has started, so what is typed stays typed.
	await expect(section.getByText('No rules yet.')).toBeVisible();
	await section.getByLabel('Written as').fill(written);
	await section.getByLabel('Say it as').fill(said);
	await section.getByRole('button', { name: 'Add rule' }).click();
	await expect(section.getByRole('status')).toHaveText(`Saved: say “${written}” as “${said}”.`);
	return section;
}
