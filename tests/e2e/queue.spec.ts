// The listening queue ("Up next"): queued from the library, reordered by keyboard and touch, kept across a
// reload, and played in a row against the scripted speech: "Next: <title>" between articles, the next one
// starting by itself. Axe and the phone layout over the library with a queue.
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { installFakeSpeech, speechLog } from './helpers/fake-speech';
import { expect, test } from './helpers/fixtures';
import { expectNoHorizontalScroll, expectNothingClipped, expectTargetsAtLeast44px } from './helpers/layout';
import { openAddPage, pasteArticle } from './helpers/library';
import { player, pressPlay, TITLE } from './helpers/player';
import { startServer, waitUntilOfflineReady } from './helpers/server';
import { readStored } from './helpers/stored';

const HARBOUR = 'The harbour wall';
const SEVERN = 'Tides of the Severn';
const ARTICLES = [
	`${HARBOUR}\n\nThe wall was built in a single summer. It has stood for two hundred years.`,
	// Long enough (several seconds of the scripted speech) to be paused while it plays.
	`${SEVERN}\n\nA wave ran up the river at dawn. Surfers waited for it at the bend.\n\n` +
		'The bore comes twice a day in spring. It is highest after a new moon. '.repeat(8)
];

function upNext(page: Page) {
	return page.getByRole('region', { name: 'Up next' });
}

/** The library's one status line, which the queue speaks through too. */
function queueStatus(page: Page) {
	return page.getByRole('main').getByRole('status');
}

/** The titles in "Up next", in order. */
function queuedTitles(page: Page) {
	return upNext(page).getByRole('listitem').getByRole('link');
}

function entry(page: Page, title: string) {
	return page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

/** Whether the reader has recorded the open article as opened (so it is no longer unread). */
async function recordedAsOpened(page: Page): Promise<boolean> {
	const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
	return (await readStored<{ openedAt?: number }>(page, 'articles', id))?.openedAt !== undefined;
}

/** Imports the two short articles (pasted on /add; each opens in the reader once saved, and is opened). */
async function importArticles(page: Page, origin = ''): Promise<void> {
	for (const text of ARTICLES) {
		await openAddPage(page, origin);
		await pasteArticle(page, text);
		await page.waitForURL(/\/read\//);
		await expect.poll(() => recordedAsOpened(page)).toBe(true);
	}
}

/** Opens the library and waits until storage has answered (Listen next is there). */
async function openLibrary(page: Page, origin = ''): Promise<void> {
	await page.goto(`${origin}/`);
	await expect(page.getByRole('button', { name: `Listen next “${SEVERN}”` })).toBeVisible();
}

/** Queues the harbour wall first, the Severn second: "Listen next" puts each first, so one move is needed. */
async function queueBoth(page: Page): Promise<void> {
	await page.getByRole('button', { name: `Listen next “${HARBOUR}”` }).click();
	await expect(queuedTitles(page)).toHaveText([HARBOUR]);
	await page.getByRole('button', { name: `Listen next “${SEVERN}”` }).click();
	await expect(queuedTitles(page)).toHaveText([SEVERN, HARBOUR]);
	await expect(queueStatus(page)).toHaveText(`“${SEVERN}” is 1 of 2 in Up next.`);
	// By keyboard: focus stays on the article that moved, so a second press moves it on.
	const down = page.getByRole('button', { name: `Move “${SEVERN}” down` });
	await down.focus();
	await page.keyboard.press('Enter');
	await expect(queuedTitles(page)).toHaveText([HARBOUR, SEVERN]);
	await expect(down).toBeFocused();
	await expect(queueStatus(page)).toHaveText(`“${SEVERN}” is 2 of 2 in Up next.`);
	await page.keyboard.press('Enter');
	await expect(queueStatus(page)).toHaveText(`“${SEVERN}” is already last in Up next.`);
}

test.beforeEach(async ({ page }) => {
	await installFakeSpeech(page, { msPerChar: 8 });
});

test('two queued articles play in a row with "Next: <title>" between them, and the queue resumes after a reload, offline', async ({
	page,
	context
}) => {
	// A server of its own, stopped before the reload, so nothing below can reach the network.
	const server = await startServer();
	await page.goto(`${server.origin}/`);
	await waitUntilOfflineReady(page);
	await importArticles(page, server.origin);
	await openLibrary(page, server.origin);
	await queueBoth(page);
	await expect(entry(page, HARBOUR).getByText('Up next: 1')).toBeVisible();
	await expect(entry(page, SEVERN).getByText('Up next: 2')).toBeVisible();
	await expectNoAxeViolations(page, 'library with a queue of two');

	// Kept in IndexedDB: a reload with the network gone finds it as it was.
	await server.stop();
	await context.setOffline(true);
	await page.reload();
	await expect(queuedTitles(page)).toHaveText([HARBOUR, SEVERN]);

	await upNext(page)
		.getByRole('button', { name: `Play Up next, from “${HARBOUR}”` })
		.click();
	await page.waitForURL(/\/read\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HARBOUR);
	// The first plays to its end, says what is next, and the next one opens and plays by itself.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEVERN, { timeout: 20_000 });
	await expect
		.poll(async () => (await speechLog(page)).started.map((utterance) => utterance.text), { timeout: 20_000 })
		.toContain('A wave ran up the river at dawn.');
	await player(page).getByRole('button', { name: 'Pause' }).click();
	const spoken = (await speechLog(page)).started.map((utterance) => utterance.text);
	const announcement = spoken.indexOf(`Next: ${SEVERN}`);
	expect(announcement, 'the announcement was spoken').toBeGreaterThan(
		spoken.indexOf('It has stood for two hundred years.')
	);
	expect(spoken.indexOf('A wave ran up the river at dawn.')).toBeGreaterThan(announcement);
	// The lock screen shows the article now playing.
	await expect.poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe(SEVERN);

	// "Up next" in the options sheet: the article playing is marked, its controls pass axe.
	await pressPlay(page, 'Read-aloud Options');
	const sheet = page.getByRole('dialog', { name: 'Read-aloud options' });
	await expect(sheet.getByRole('region', { name: 'Up next' }).getByRole('listitem')).toHaveText([
		/Tides of the Severn\s*Now playing/
	]);
	await expectNoAxeViolations(page, 'Up next in the read-aloud options sheet', 'dialog');
	await sheet.getByRole('button', { name: 'Close' }).click();

	// The finished article has left the queue; the one playing is marked in the library.
	await page.getByRole('link', { name: 'Lectern library' }).click();
	await expect(queuedTitles(page)).toHaveText([SEVERN]);
	await expect(entry(page, SEVERN).getByText('Last played')).toBeVisible();
	await expect(entry(page, HARBOUR).getByText(/Up next/)).toHaveCount(0);
	await expect(upNext(page).getByText('Last played')).toBeVisible();
});

test('remove and clear empty the queue, and focus never falls to the page', async ({ page }) => {
	await importArticles(page);
	await openLibrary(page);
	await queueBoth(page);
	await page.getByRole('button', { name: `Remove “${HARBOUR}” from Up next` }).click();
	await expect(queuedTitles(page)).toHaveText([SEVERN]);
	await expect(page.getByRole('button', { name: `Remove “${SEVERN}” from Up next` })).toBeFocused();
	await expectNoAxeViolations(page, 'library with a queue of one', 'main');
	await upNext(page).getByRole('button', { name: 'Clear Up next' }).click();
	await expect(upNext(page)).toHaveCount(0);
	await expect(queueStatus(page)).toHaveText('Up next is empty.');
	await expect(page.locator(':focus')).toHaveCount(1);
	await page.reload();
	await expect(page.getByRole('button', { name: `Listen next “${SEVERN}”` })).toBeVisible();
	await expect(upNext(page)).toHaveCount(0);
});

test('"Listen to all unread" queues only the articles never opened, and starts listening', async ({
	page
}) => {
	// Both imports were opened in the reader; the article that comes with Lectern never was.
	await importArticles(page);
	await openLibrary(page);
	await page.getByRole('button', { name: 'Listen to all unread' }).click();
	await page.waitForURL(/\/read\/rafah-crossing/);
	await expect.poll(async () => (await speechLog(page)).started.length).toBeGreaterThan(0);
	await page.goto('/');
	await expect(queuedTitles(page)).toHaveCount(1);
	await expect(queuedTitles(page)).not.toHaveText([HARBOUR]);
	await expect(queuedTitles(page)).not.toHaveText([SEVERN]);
});

test('where the browser refuses speech that no press started, the next article asks for a press and plays on it', async ({
	page
}) => {
	await importArticles(page);
	await openLibrary(page);
	// The article that opens is asked to play by the page, not by a press on it: this browser says no once.
	await page.evaluate(() => ((window as unknown as { __speech: { refuse: number } }).__speech.refuse = 1));
	await page.getByRole('button', { name: 'Listen to all unread' }).click();
	await page.waitForURL(/\/read\/rafah-crossing/);
	await expect(player(page).getByRole('status')).toHaveText(
		`Press Play to listen to “${TITLE}”: this browser needs a press before it speaks.`
	);
	expect((await speechLog(page)).started).toEqual([]);
	await pressPlay(page);
	await expect(player(page).getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await expect.poll(async () => (await speechLog(page)).started[0]?.text).toBe(TITLE);
	await expectNoAxeViolations(page, 'autoplay refused, then played');
});

async function phone(browser: Browser, width: number, height: number, dark = false): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width, height },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		colorScheme: dark ? 'dark' : 'light'
	});
	return context.newPage();
}

for (const [width, height, dark] of [
	[360, 740, false],
	[360, 740, true],
	[320, 568, false]
] as const) {
	const state = `${width}×${height}${dark ? ', dark' : ''}`;
	test(`the library with a queue fits a phone and works by touch: ${state}`, async ({
		browser
	}, testInfo) => {
		const page = await phone(browser, width, height, dark);
		await installFakeSpeech(page);
		await importArticles(page);
		await openLibrary(page);
		await page.getByRole('button', { name: `Listen next “${HARBOUR}”` }).tap();
		await page.getByRole('button', { name: `Listen next “${SEVERN}”` }).tap();
		await expect(queuedTitles(page)).toHaveText([SEVERN, HARBOUR]);
		await page.getByRole('button', { name: `Move “${HARBOUR}” up` }).tap();
		await expect(queuedTitles(page)).toHaveText([HARBOUR, SEVERN]);
		await expectNoHorizontalScroll(page, state);
		await expectNothingClipped(page, state);
		await expectTargetsAtLeast44px(page, state);
		await expectNoAxeViolations(page, `library with a queue, ${state}`);
		await page.screenshot({
			path: testInfo.outputPath(`library-queue-${width}${dark ? '-dark' : ''}.png`),
			fullPage: true
		});
		await page.context().close();
	});
}
