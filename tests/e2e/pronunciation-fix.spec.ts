// "Fix how this is said": a word selected in the article (by pointer, keyboard or a finger on a phone) offers a
// small dialog that plays the new way of saying it and saves it as a rule, heard at once while the highlight
// stays on the word shown.
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { highlighted, installFakeSpeech, speechLog } from './helpers/fake-speech';
import { appStatus, EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { expectNoHorizontalScroll, expectTargetsAtLeast44px } from './helpers/layout';
import { current, player, pressPlay, TITLE } from './helpers/player';

/** Selects the first whole `word` in the article, as a reader's drag or a phone's selection handles would. */
async function selectWord(page: Page, word: string): Promise<void> {
	// The offer is set up once the player is there.
	await expect(player(page).getByRole('group', { name: 'Player controls' })).toBeVisible();
	await page.evaluate((word) => {
		const article = document.querySelector('article#content');
		if (!article) throw new Error('No article on the page');
		const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent?.search(new RegExp(`\\b${word}\\b`)) ?? -1;
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + word.length);
			document.getSelection()?.removeAllRanges();
			document.getSelection()?.addRange(range);
			return;
		}
		throw new Error(`"${word}" is not in the article`);
	}, word);
}

const spoken = async (page: Page) => (await speechLog(page)).started.map((utterance) => utterance.text);

test('a selected word is fixed while listening: Play pauses the reading and says it, Save is heard at once', async ({
	page
}) => {
	// Slow speech: the title is still being read when the reader stops to fix a word in it
	await installFakeSpeech(page, { msPerChar: 300 });
	await page.goto(EMBEDDED_PATH);
	await pressPlay(page);
	await expect.poll(() => current(page)).toBe(TITLE);

	await selectWord(page, 'Rafah');
	const offer = page.getByRole('button', { name: 'Fix how “Rafah” is said' });
	await expect(offer).toBeVisible();
	await expectNoAxeViolations(page, 'fix offered');
	await offer.click();

	const dialog = page.getByRole('dialog', { name: 'Fix how this is said' });
	await expect(dialog).toBeVisible();
	const say = dialog.getByLabel('Say “Rafah” as');
	await expect(say).toBeFocused();
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog.getByRole('alert')).toHaveText('Enter how it should be said.');
	await expect(say).toHaveAccessibleDescription(/Enter how it should be said/);
	await expectNoAxeViolations(page, 'fix dialog, nothing entered');

	await say.fill('RAH-fah');
	await dialog.getByRole('button', { name: 'Play' }).click();
	await expect(player(page).getByRole('status')).toHaveText('Paused');
	await expect.poll(async () => (await spoken(page)).at(-1)).toBe('RAH-fah');
	// Said as the reading says it: the voice and speed that were reading the title
	const { started } = await speechLog(page);
	expect(started.at(-1)?.voice).toBe(started[0]?.voice);
	expect(started.at(-1)?.voice).not.toBe('');
	await expectTargetsAtLeast44px(page, 'fix dialog');

	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(appStatus(page)).toHaveText('Saved: “Rafah” is said as “RAH-fah” in English articles.');

	// No reload: the paused sentence starts again, said the new way, with the highlight on the words shown
	await pressPlay(page, 'Resume');
	await expect.poll(() => current(page)).toBe(TITLE.replace('Rafah', 'RAH-fah'));
	expect(await highlighted(page)).toBe(TITLE);

	await page.goto('/settings');
	await expect(page.getByRole('region', { name: 'Pronunciation' }).getByRole('listitem')).toContainText(
		'Rafah said as RAH-fah'
	);
});

test('by keyboard: Alt+Shift+P opens the fix for the selection, Escape leaves it unsaved, Enter saves', async ({
	page
}) => {
	await installFakeSpeech(page);
	await page.goto(EMBEDDED_PATH);
	await selectWord(page, 'Hamas');
	await expect(page.getByRole('button', { name: 'Fix how “Hamas” is said' })).toHaveAttribute(
		'aria-keyshortcuts',
		'Alt+Shift+P'
	);
	await page.keyboard.press('Alt+Shift+P');
	const dialog = page.getByRole('dialog', { name: 'Fix how this is said' });
	await expect(dialog.getByLabel('Say “Hamas” as')).toBeFocused();
	await page.keyboard.type('hah-MAHS');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await selectWord(page, 'Hamas');
	await page.keyboard.press('Alt+Shift+P');
	// Nothing was saved, so the field starts empty again
	await expect(dialog.getByLabel('Say “Hamas” as')).toHaveValue('');
	await page.keyboard.type('ha-MASS');
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(appStatus(page)).toHaveText('Saved: “Hamas” is said as “ha-MASS” in English articles.');

	// Fixing it again edits the same rule rather than adding a second
	await selectWord(page, 'Hamas');
	await page.keyboard.press('Alt+Shift+P');
	await expect(dialog.getByLabel('Say “Hamas” as')).toHaveValue('ha-MASS');
	await page.keyboard.press('Escape');
	await page.goto('/settings');
	await expect(page.getByRole('region', { name: 'Pronunciation' }).getByRole('listitem')).toHaveText([
		/Hamas said as ha-MASS/
	]);
});

async function phone(browser: Browser, viewport: { width: number; height: number }, dark: boolean) {
	const context = await browser.newContext({
		viewport,
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		colorScheme: dark ? 'dark' : 'light'
	});
	const page = await context.newPage();
	await installFakeSpeech(page);
	return { context, page };
}

for (const { width, height, dark } of [
	{ width: 360, height: 740, dark: false },
	{ width: 360, height: 740, dark: true },
	{ width: 320, height: 568, dark: false }
]) {
	test(`on a ${width}×${height} phone (${dark ? 'dark' : 'light'}), a tap on the offer opens the fix and saves it`, async ({
		browser
	}) => {
		const { context, page } = await phone(browser, { width, height }, dark);
		const state = `${width}×${height} ${dark ? 'dark' : 'light'}`;
		await page.goto(EMBEDDED_PATH);
		await selectWord(page, 'crossing');
		const offer = page.getByRole('button', { name: 'Fix how “crossing” is said' });
		await expect(offer).toBeInViewport();
		await page.screenshot({ path: test.info().outputPath(`offer-${state}.png`) });
		await expectNoAxeViolations(page, `fix offered, ${state}`);
		await expectTargetsAtLeast44px(page, `fix offered, ${state}`);
		await offer.tap();

		const dialog = page.getByRole('dialog', { name: 'Fix how this is said' });
		await dialog.getByLabel('Say “crossing” as').fill('CROSS-ing');
		await page.screenshot({ path: test.info().outputPath(`dialog-${state}.png`) });
		await expectNoAxeViolations(page, `fix dialog, ${state}`);
		await expectTargetsAtLeast44px(page, `fix dialog, ${state}`);
		await expectNoHorizontalScroll(page, `fix dialog, ${state}`);
		await dialog.getByRole('button', { name: 'Save' }).tap();
		await expect(appStatus(page)).toHaveText('Saved: “crossing” is said as “CROSS-ing” in English articles.');
		await context.close();
	});
}
