// Driving the read-aloud player as a reader would, for the tests that run against the scripted speech.
import type { Page } from '@playwright/test';
import { speechLog } from './fake-speech';
import { expect } from './fixtures';

export const TITLE = 'Israel claims control of key Rafah crossing after rejecting ceasefire deal with Hamas';

export function player(page: Page) {
	return page.getByRole('region', { name: 'Read aloud' });
}

/** Tabs (keyboard only) until the named button of the player has focus. */
export async function tabTo(page: Page, name: string): Promise<void> {
	const target = player(page).getByRole('button', { name, exact: true });
	await expect(target).toBeVisible();
	for (let press = 0; press < 40; press += 1) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached the "${name}" button`);
}

/** Presses Play as a keyboard user would (a pointer click may scroll the page first, moving the start). */
export async function pressPlay(page: Page, name = 'Play'): Promise<void> {
	const button = player(page).getByRole('button', { name, exact: true });
	await button.focus();
	await page.keyboard.press('Enter');
}

export async function current(page: Page): Promise<string | null> {
	return (await speechLog(page)).current;
}

/** The utterance being spoken, waiting out the moment between two utterances when none is. */
export async function nowSpeaking(page: Page): Promise<string> {
	await expect.poll(() => current(page)).not.toBeNull();
	return (await current(page)) ?? '';
}
