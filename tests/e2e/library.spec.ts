// The library at `/`: the embedded article on a fresh install, sorting, delete with Undo, the empty state,
// 1,000 articles 50 at a time, and the page's accessibility in each of those states.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import {
	expectFocusAlwaysVisible,
	expectNoHorizontalScroll,
	expectNothingClipped,
	expectTargetsAtLeast44px,
	setRootFontSize
} from './helpers/layout';
import { TITLE } from './helpers/player';
import { readStored } from './helpers/stored';

const DAY = 24 * 60 * 60 * 1000;

/** A saved article as storage writes it, with the library's index keys; `age` in ms before now. */
interface SeedArticle {
	title: string;
	addedAgo: number;
	openedAgo?: number;
	/** The block the reader reached, of 10. */
	reached?: number;
	origin?: string;
	wordCount?: number;
}

function entries(page: Page) {
	return page.getByRole('main').getByRole('list').getByRole('listitem');
}

function titles(page: Page) {
	return entries(page).getByRole('heading', { level: 2 });
}

function libraryStatus(page: Page) {
	return page.getByRole('main').getByRole('status');
}

function entry(page: Page, title: string) {
	return entries(page).filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

/** Opens the library and waits until it lists the device's articles (storage has answered). */
async function openLibrary(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(
		page
			.getByRole('button', { name: /^Delete / })
			.first()
			.or(page.getByText('Your library is empty.'))
	).toBeVisible();
}

/** Writes articles (and reading positions) straight into the app's database, in one transaction. */
async function seed(page: Page, articles: SeedArticle[]): Promise<void> {
	await page.evaluate(async (articles) => {
		const now = Date.now();
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('lectern');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction(['articles', 'progress'], 'readwrite');
		articles.forEach((article, n) => {
			const id = `seeded-${n + 1}`;
			const createdAt = now - article.addedAgo;
			const openedAt = article.openedAgo === undefined ? undefined : now - article.openedAgo;
			tx.objectStore('articles').put({
				id,
				title: article.title,
				lang: 'en-GB',
				dir: 'ltr',
				source: `${article.title}\n\nA paragraph of seeded text.`,
				sourceKind: 'text',
				createdAt,
				updatedAt: createdAt,
				...(openedAt === undefined ? {} : { openedAt }),
				wordCount: article.wordCount ?? 300,
				blockCount: 10,
				origin: article.origin ?? 'Pasted text',
				recentAt: openedAt ?? createdAt,
				sortTitle: article.title.toLowerCase()
			});
			if (article.reached !== undefined) {
				tx.objectStore('progress').put({
					articleId: id,
					block: article.reached,
					sentence: 0,
					quote: '',
					updatedAt: now
				});
			}
		});
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, articles);
}

/** `count` articles, the first added most recently, titled so their A-to-Z order is the reverse. */
function manyArticles(count: number): SeedArticle[] {
	return Array.from({ length: count }, (_, n) => ({
		title: `Seeded article ${String(count - n).padStart(4, '0')}`,
		addedAgo: (n + 1) * 60_000
	}));
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the library lists the embedded article with a link to read it', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle('Library — Lectern');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
		await expect(titles(page)).toHaveText([TITLE]);
		await expect(entries(page).getByRole('link', { name: TITLE })).toHaveAttribute('href', EMBEDDED_PATH);
		await expect(entries(page)).toContainText('Comes with Lectern 570 words 3 min read 4 min listen');
		await expect(page.getByRole('link', { name: 'Add an article' })).toHaveAttribute('href', '/add');
		await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
	});
});

test('a fresh install lists the embedded article first, and its title opens the reader', async ({ page }) => {
	await openLibrary(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	await expect(titles(page)).toHaveText([TITLE]);
	await expect(titles(page).first()).toHaveAttribute('lang', 'en-GB');
	const embedded = entry(page, TITLE);
	await expect(embedded).toContainText('Comes with Lectern 570 words 3 min read 4 min listen');
	await expect(embedded).toContainText('Not started Added today, not opened yet');
	await expect(embedded.getByRole('button', { name: `Delete “${TITLE}”`, exact: true })).toBeVisible();

	await embedded.getByRole('link', { name: TITLE }).click();
	await expect(page).toHaveURL(EMBEDDED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	// The reader records the visit once its storage has opened (after load and idle): the library, opened
	// before then, would leave the reader before it could.
	await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
	await expect
		.poll(async () => (await readStored<{ openedAt?: number }>(page, 'articles', 'rafah-crossing'))?.openedAt)
		.toBeGreaterThan(0);

	await openLibrary(page);
	await expect(entry(page, TITLE)).toContainText('Opened today');
});

test('where the browser keeps nothing, the library still lists the embedded article and says why', async ({
	page
}) => {
	// As in some private windows: IndexedDB is there, but opening it fails.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto('/');
	await expect(page.getByText('This browser window does not let Lectern keep articles')).toBeVisible();
	await expect(titles(page)).toHaveText([TITLE]);
	await expect(entries(page).getByRole('link', { name: TITLE })).toHaveAttribute('href', EMBEDDED_PATH);
	await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
	await expectNoAxeViolations(page, 'storage off');
});

test('sorts by recently opened or by title, shows progress, and remembers the choice', async ({ page }) => {
	await openLibrary(page);
	await seed(page, [
		{ title: 'Banana bread', addedAgo: 9 * DAY, openedAgo: 2 * DAY, reached: 3 },
		{ title: 'apple harvest', addedAgo: 8 * DAY, openedAgo: 60_000, reached: 9 },
		{ title: 'Zebra crossings', addedAgo: 5 * DAY, origin: 'zebra-crossings.md', wordCount: 1500 }
	]);
	await openLibrary(page);
	const sort = page.getByRole('combobox', { name: 'Sort by' });
	await expect(sort).toHaveValue('recent');
	await expect(titles(page)).toHaveText([TITLE, 'apple harvest', 'Banana bread', 'Zebra crossings']);
	await expect(entry(page, 'Banana bread')).toContainText('Read 40% Opened 2 days ago');
	await expect(entry(page, 'apple harvest')).toContainText('Finished Opened today');
	await expect(entry(page, 'Zebra crossings')).toContainText(
		'zebra-crossings.md 1,500 words 7 min read 10 min listen'
	);
	await expect(entry(page, 'Zebra crossings')).toContainText('Not started Added 5 days ago, not opened yet');

	// Relisting leaves focus on the choice, as a keyboard user left it.
	await sort.focus();
	await sort.selectOption({ label: 'Title (A to Z)' });
	await expect(titles(page)).toHaveText(['apple harvest', 'Banana bread', TITLE, 'Zebra crossings']);
	await expect(sort).toBeFocused();

	await openLibrary(page);
	await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('title');
	await expect(titles(page)).toHaveText(['apple harvest', 'Banana bread', TITLE, 'Zebra crossings']);

	await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Recently opened' });
	await expect(titles(page)).toHaveText([TITLE, 'apple harvest', 'Banana bread', 'Zebra crossings']);
});

test('Delete removes at once and moves focus to Undo; Undo brings it back; a reload keeps deletions', async ({
	page
}) => {
	await openLibrary(page);
	await seed(page, [
		{ title: 'Banana bread', addedAgo: 2 * DAY },
		{ title: 'Zebra crossings', addedAgo: 5 * DAY }
	]);
	await openLibrary(page);
	await expect(titles(page)).toHaveText([TITLE, 'Banana bread', 'Zebra crossings']);

	// Keyboard only: focus never falls to the page.
	await page.getByRole('button', { name: `Delete “${TITLE}”`, exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(titles(page)).toHaveText(['Banana bread', 'Zebra crossings']);
	await expect(libraryStatus(page)).toHaveText(`Deleted “${TITLE}”.`);
	const undo = page.getByRole('button', { name: `Undo delete of “${TITLE}”`, exact: true });
	await expect(undo).toBeFocused();
	await expectNoAxeViolations(page, 'undo notice');

	await page.keyboard.press('Enter');
	await expect(titles(page)).toHaveText([TITLE, 'Banana bread', 'Zebra crossings']);
	await expect(libraryStatus(page)).toHaveText(`“${TITLE}” is back in your library.`);
	await expect(entry(page, TITLE).getByRole('link', { name: TITLE })).toBeFocused();
	await expect(undo).toHaveCount(0);

	// A second delete replaces the first's Undo; both deletions survive a reload.
	await page.getByRole('button', { name: 'Delete “Banana bread”', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Undo delete of “Banana bread”' })).toBeFocused();
	await page.getByRole('button', { name: `Delete “${TITLE}”`, exact: true }).click();
	await expect(page.getByRole('button', { name: /^Undo delete of/ })).toHaveCount(1);
	await expect(undo).toBeFocused();
	await expect(titles(page)).toHaveText(['Zebra crossings']);

	await openLibrary(page);
	await expect(titles(page)).toHaveText(['Zebra crossings']);
	await expect(libraryStatus(page)).toHaveText('');
});

test('when every article is deleted, the library says it is empty and how to add one', async ({ page }) => {
	await openLibrary(page);
	await page.getByRole('button', { name: `Delete “${TITLE}”`, exact: true }).click();
	await expect(page.getByText('Your library is empty.')).toBeVisible();
	await expect(entries(page)).toHaveCount(0);
	await expect(page.getByRole('main').getByRole('link', { name: 'Add an article' })).toHaveAttribute(
		'href',
		'/add'
	);
	await expect(page.getByRole('button', { name: `Undo delete of “${TITLE}”` })).toBeFocused();
	await expectNoAxeViolations(page, 'empty library, undo offered');

	// The embedded article is not put back on the next start.
	await openLibrary(page);
	await expect(page.getByText('Your library is empty.')).toBeVisible();
	await expect(entries(page)).toHaveCount(0);
	await expectNoAxeViolations(page, 'empty library');
	await expectTargetsAtLeast44px(page, 'empty library');
});

test('1,000 articles list 50 at a time; "Show more" adds 50 and moves focus to the first new one', async ({
	page
}) => {
	await openLibrary(page);
	await seed(page, manyArticles(1000));
	await openLibrary(page);

	await expect(entries(page)).toHaveCount(50);
	await expect(titles(page).nth(1)).toHaveText('Seeded article 1000');
	await expect(page.getByText('Showing 50 of 1,001 articles')).toBeVisible();
	await expectNoAxeViolations(page, 'populated library');

	await page.getByRole('button', { name: 'Show more articles' }).click();
	await expect(entries(page)).toHaveCount(100);
	await expect(page.getByText('Showing 100 of 1,001 articles')).toBeVisible();
	// Newest first: the embedded article, then seeded articles 1000 down to 952; 951 opens the second page.
	await expect(entries(page).nth(50).getByRole('link')).toBeFocused();
	await expect(entries(page).nth(50).getByRole('link')).toHaveText('Seeded article 0951');

	// By title, the first page starts again from the top.
	await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
	await expect(titles(page).first()).toHaveText(TITLE);
	await expect(titles(page).nth(1)).toHaveText('Seeded article 0001');
	await expect(entries(page)).toHaveCount(50);
});

for (const width of [320, 1280]) {
	test(`at ${width} px and 300% text: no horizontal scroll, nothing clipped, 44 px targets`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await openLibrary(page);
		await seed(page, [
			{
				title: 'Supercalifragilisticexpialidociously long words never widen the page',
				addedAgo: 30_000,
				origin: 'a-very-long-file-name-that-goes-on-and-on-without-spaces.markdown'
			},
			...manyArticles(60)
		]);
		await openLibrary(page);
		await page.getByRole('button', { name: 'Delete “Seeded article 0060”', exact: true }).click();
		await expect(libraryStatus(page)).toHaveText('Deleted “Seeded article 0060”.');

		for (const percent of [100, 300]) {
			await setRootFontSize(page, percent);
			const state = `${width} px, ${percent}% text`;
			await expectNoHorizontalScroll(page, state);
			await expectNothingClipped(page, state);
			await expectTargetsAtLeast44px(page, state);
		}
		await setRootFontSize(page, 100);
		await expectNoAxeViolations(page, `${width} px, undo notice and more to show`);
		expect(await expectFocusAlwaysVisible(page, `${width} px`)).toBeGreaterThan(50);
	});
}
