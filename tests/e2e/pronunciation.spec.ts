// The Settings page's listening sections: the pronunciation list (add, edit, delete, kept after a reload, and
// Play in the reader's chosen voice) and "What to announce", checked by axe with rules listed and mid-edit.
import { expectNoAxeViolations } from './helpers/axe';
import { installFakeSpeech, speechLog } from './helpers/fake-speech';
import { expect, test } from './helpers/fixtures';
import { expectNoHorizontalScroll, expectTargetsAtLeast44px } from './helpers/layout';
import { addRule } from './helpers/settings';

test('a pronunciation rule is added, kept after a reload, edited and deleted; a bad pattern is explained', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Pronunciation' });
	await expect(section.getByText('No rules yet.')).toBeVisible();

	await section.getByLabel('Written as').fill('(');
	await section.getByLabel('Say it as').fill('x');
	await section.getByLabel('A pattern (regular expression)').check();
	await section.getByRole('button', { name: 'Add rule' }).click();
	await expect(section.getByRole('alert')).toHaveText(/not a valid regular expression/);
	await expectNoAxeViolations(page, 'pronunciation, a rule refused');

	await section.getByLabel('Written as').fill('Gaza');
	await section.getByLabel('Say it as').fill('GAH-zuh');
	await section.getByLabel('A pattern (regular expression)').uncheck();
	await section.getByRole('button', { name: 'Add rule' }).click();
	await expect(section.getByRole('status')).toHaveText('Saved: say “Gaza” as “GAH-zuh”.');
	await expect(section.getByRole('listitem')).toContainText('Gaza said as GAH-zuh');
	await expectNoAxeViolations(page, 'pronunciation, one rule');
	await expectTargetsAtLeast44px(page, 'pronunciation, one rule');
	await expectNoHorizontalScroll(page, 'pronunciation, one rule');

	await page.reload();
	await expect(section.getByRole('listitem')).toContainText('Gaza said as GAH-zuh');
	await section.getByRole('button', { name: 'Edit Gaza' }).click();
	await expectNoAxeViolations(page, 'pronunciation, editing');
	await section.getByRole('listitem').getByLabel('Say it as').fill('GAR-zuh');
	await section.getByRole('button', { name: 'Save rule' }).click();
	await expect(section.getByRole('listitem')).toContainText('Gaza said as GAR-zuh');
	await section.getByRole('button', { name: 'Delete Gaza' }).click();
	await expect(section.getByText('No rules yet.')).toBeVisible();
});

test('"What to announce" defaults to headings and lists and keeps the choice after a reload', async ({
	page
}) => {
	await page.goto('/settings');
	const group = page.getByRole('group', { name: 'What to announce' });
	await expect(group.getByLabel('Headings and lists')).toBeChecked();
	// The cues' languages, named (the list follows the files in src/lib/speech/cue-words/)
	await expect(group).toHaveAccessibleDescription(
		/in the article’s language: Arabic, Chinese, .+, and Ukrainian\./
	);
	await group.getByRole('radio', { name: /Everything/ }).check();
	await expectNoAxeViolations(page, 'announce, everything');
	// The choice is mirrored at once (IndexedDB follows a moment later); the newer of the two wins on load.
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('lectern-reading-style') ?? ''))
		.toContain('"announce":"everything"');
	await page.reload();
	await expect(
		page.getByRole('group', { name: 'What to announce' }).getByRole('radio', { name: /Everything/ })
	).toBeChecked();
});

test('Play beside a rule says it in the voice the reader chose for its language', async ({ page }) => {
	await installFakeSpeech(page, { msPerChar: 4 });
	// The reader chose the United States voice while reading an en-GB article (the player keeps it per tag).
	await page.addInitScript(() =>
		localStorage.setItem(
			'lectern:voices',
			JSON.stringify({ 'en-GB': { name: 'Test voice (United States)', lang: 'en-US' } })
		)
	);
	const section = await addRule(page, 'Gaza', 'GAH-zuh');
	await section.getByRole('button', { name: 'Play Gaza' }).click();
	await expect
		.poll(async () => (await speechLog(page)).started.map(({ text, voice }) => `${text} / ${voice}`))
		.toEqual(['GAH-zuh / Test voice (United States)']);
});
