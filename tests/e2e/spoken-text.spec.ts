// What the page gives the voice, utterance by utterance (recorded by the scripted Web Speech API), against what
// the reader sees: spoken cues for the article's structure at each "What to announce" level, and the
// pronunciation list's replacements, while the highlight stays on the words shown.
import type { Page } from '@playwright/test';
import { highlighted, installFakeSpeech, speechLog } from './helpers/fake-speech';
import { appStarted, expect, test } from './helpers/fixtures';
import { openAddPage, pasteArticle } from './helpers/library';
import { addRule } from './helpers/settings';
import { current, player, pressPlay } from './helpers/player';

const ARTICLE = `Tides of the Severn
The estuary has one of the largest tidal ranges in the world.

## How the bore forms
Twice a day the rising tide funnels into the narrowing channel and climbs upstream as a wave.

- Spring tides bring the largest bores.
- Neap tides barely raise a ripple.

> A wall of water, the fishermen said, and then it was gone.`;
const READER_PATH = '/read/tides-of-the-severn';

/** The article's own sentences, in reading order, as shown on screen. */
const TEXT = {
	title: 'Tides of the Severn',
	intro: 'The estuary has one of the largest tidal ranges in the world.',
	heading: 'How the bore forms',
	paragraph: 'Twice a day the rising tide funnels into the narrowing channel and climbs upstream as a wave.',
	first: 'Spring tides bring the largest bores.',
	second: 'Neap tides barely raise a ripple.',
	quote: 'A wall of water, the fishermen said, and then it was gone.'
};

test.describe('an English article', () => {
	test.beforeEach(async ({ page }) => {
		await openAddPage(page);
		await pasteArticle(page, ARTICLE);
		await expect(page).toHaveURL(new RegExp(`${READER_PATH}$`));
	});

	async function spoken(page: Page): Promise<string[]> {
		return (await speechLog(page)).started.map((utterance) => utterance.text);
	}

	/** Reads the whole article aloud from the start; the texts the voice was given, in order. */
	async function listenToAll(page: Page): Promise<string[]> {
		await installFakeSpeech(page, { msPerChar: 4 });
		await page.goto(READER_PATH);
		await pressPlay(page);
		await expect(player(page).getByRole('status')).toHaveText('Finished', { timeout: 30_000 });
		return spoken(page);
	}

	const LEVELS = { text: /^The text only/, everything: /^Everything/ };

	async function announce(page: Page, level: keyof typeof LEVELS): Promise<void> {
		await page.goto('/settings');
		await appStarted(page);
		const group = page.getByRole('group', { name: 'What to announce' });
		const choice = group.getByRole('radio', { name: LEVELS[level] });
		await choice.check();
		await expect(choice).toBeChecked();
		// The settings store writes the mirror the reader reads a moment after a change.
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('lectern-reading-style') ?? ''))
			.toContain(`"announce":"${level}"`);
	}

	test('by default the voice hears "Heading." before a heading and a list’s length before it, and no quotes', async ({
		page
	}) => {
		expect(await listenToAll(page)).toEqual([
			TEXT.title,
			TEXT.intro,
			'Heading.',
			TEXT.heading,
			TEXT.paragraph,
			'List, 2 items.',
			TEXT.first,
			TEXT.second,
			TEXT.quote
		]);
		// Cues are heard, never shown
		await expect(page.locator('article#content')).not.toContainText('List, 2 items');
		await expect(page.locator('article#content')).not.toContainText('Heading.');
	});

	test('"The text only" gives the voice the sentences and nothing else', async ({ page }) => {
		await announce(page, 'text');
		expect(await listenToAll(page)).toEqual(Object.values(TEXT));
	});

	test('"Everything" adds heading levels, list items and "Quote … End of quote."', async ({ page }) => {
		await announce(page, 'everything');
		expect(await listenToAll(page)).toEqual([
			TEXT.title,
			TEXT.intro,
			'Heading level 2.',
			TEXT.heading,
			TEXT.paragraph,
			'List, 2 items. Item 1.',
			TEXT.first,
			'Item 2.',
			TEXT.second,
			'End of list.',
			'Quote.',
			TEXT.quote,
			'End of quote.'
		]);
	});

	test('a rule added on Settings changes what the voice says, and the highlight stays on the words shown', async ({
		page
	}) => {
		await addRule(page, 'Severn', 'SEV-urn');

		// Slow enough to look at the title and its highlight while it is spoken
		await installFakeSpeech(page, { msPerChar: 60 });
		await page.goto(READER_PATH);
		await pressPlay(page);
		await expect
			.poll(async () => [await current(page), await highlighted(page)])
			.toEqual(['Tides of the SEV-urn', TEXT.title]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.title);
		// The next sentence has no rule's word: spoken as written
		await expect.poll(() => current(page), { timeout: 15_000 }).toBe(TEXT.intro);
		expect((await spoken(page)).filter((text) => text.includes('Severn'))).toEqual([]);
	});

	test('a rule added in another tab is heard from the next sentence of a reading already under way', async ({
		page,
		context
	}) => {
		// The reading starts, and pauses on the title, before any rule exists.
		await installFakeSpeech(page, { msPerChar: 60 });
		await page.goto(READER_PATH);
		await pressPlay(page);
		await expect.poll(() => current(page)).toBe(TEXT.title);
		await pressPlay(page, 'Pause');

		const settings = await context.newPage();
		await addRule(settings, 'estuary', 'ESS-tuary');
		await settings.close();

		// Resuming says the title again, then the next sentence, with the rule.
		await page.bringToFront();
		await pressPlay(page, 'Resume');
		await expect
			.poll(async () => [await current(page), await highlighted(page)], { timeout: 15_000 })
			.toEqual([TEXT.intro.replace('estuary', 'ESS-tuary'), TEXT.intro]);
	});
});

test('a French article hears its cues in French, in the voice reading it', async ({ page }) => {
	await openAddPage(page);
	const paste = page.getByRole('region', { name: 'Paste text' });
	await paste.getByLabel('Article text').fill(`Le tramway de Lyon
La nouvelle ligne ouvre lundi.

## Les arrêts
- Part-Dieu
- Bellecour`);
	// Latin letters alone do not tell French from English: the reader says which it is.
	await paste.getByRole('combobox', { name: 'Language' }).selectOption('fr');
	await paste.getByRole('button', { name: 'Add text to library' }).click();
	await page.waitForURL(/\/read\//);
	await installFakeSpeech(page, { msPerChar: 4 });
	await page.reload();
	await pressPlay(page);
	await expect(player(page).getByRole('status')).toHaveText('Finished', { timeout: 30_000 });
	const log = await speechLog(page);
	expect(log.started.map((utterance) => utterance.text)).toEqual([
		'Le tramway de Lyon',
		'La nouvelle ligne ouvre lundi.',
		'Titre.',
		'Les arrêts',
		'Liste, 2 éléments.',
		'Part-Dieu',
		'Bellecour'
	]);
	expect(new Set(log.started.map((utterance) => utterance.voice))).toEqual(
		new Set(['Voix de test (France)'])
	);
});
