import { expectNoAxeViolations } from './helpers/axe';
import { EMBEDDED_PARAGRAPHS, EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import {
	applyTextSpacingOverride,
	expectFocusAlwaysVisible,
	expectNoHorizontalScroll,
	expectNothingClipped,
	expectTargetsAtLeast44px,
	setRootFontSize
} from './helpers/layout';
import { readStored } from './helpers/stored';

const TITLE = EMBEDDED_PARAGRAPHS[0] ?? '';

/** True when every paragraph of the source appears in `text`, in the source's order. */
function inOrder(text: string, paragraphs: string[]): string[] {
	const missing: string[] = [];
	let from = 0;
	for (const paragraph of paragraphs) {
		const at = text.indexOf(paragraph, from);
		if (at === -1) missing.push(paragraph);
		else from = at + paragraph.length;
	}
	return missing;
}

test.describe('the embedded article with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the article shows every paragraph, in order', async ({ page }) => {
		await page.goto(EMBEDDED_PATH);
		const text = await page.locator('article').innerText();
		expect(inOrder(text, EMBEDDED_PARAGRAPHS)).toEqual([]);
		await expect(page.locator('h1')).toHaveText(TITLE);
	});

	test('the library home page links to the article', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText('Library');
		await page.getByRole('link', { name: TITLE }).click();
		await expect(page.locator('h1')).toHaveText(TITLE);
	});
});

test('the article is one h1, the standfirst, two sub-headings, two related notes, and the contents', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	await expect(page).toHaveTitle(`${TITLE} — Lectern`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	const article = page.locator('article');
	await expect(article).toHaveAttribute('lang', 'en-GB');
	await expect(article).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('h1')).toHaveCount(1);
	await expect(article.locator('.standfirst')).toHaveText(
		/^The Israeli military claims it has taken control/
	);
	await expect(article.locator('.article-body h2')).toHaveText([
		'Ceasefire deal rejected',
		"Israel and Hamas urged to 'go the extra mile'"
	]);
	await expect(page.getByRole('note', { name: 'Related content' })).toHaveText([
		'Middle East latest: Follow live updates',
		'Analysis: Peace in Gaza looks as distant as ever'
	]);
	await expect(article.locator('.article-meta')).toHaveText('570 words · 3 min read');

	const contents = page.getByRole('navigation', { name: 'In this article' });
	await contents.getByRole('link', { name: 'Ceasefire deal rejected' }).click();
	await expect(page).toHaveURL(/#ceasefire-deal-rejected$/);
	await expect(page.getByRole('heading', { name: 'Ceasefire deal rejected' })).toBeInViewport();
});

test('landmarks are unique and labelled: banner, main, contents, footer', async ({ page }) => {
	await page.goto(EMBEDDED_PATH);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'In this article' })).toHaveCount(1);
});

test('a page only looked at opens no storage; the first scroll keeps the article, marks it opened, keeps the place', async ({
	page
}) => {
	await page.goto(EMBEDDED_PATH);
	await page.getByRole('region', { name: 'Read aloud' }).waitFor();
	await page.waitForLoadState('networkidle');
	// The bar peeked for a saved place, and nothing opened storage: no database was created.
	expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toEqual([]);
	await page.mouse.move(400, 400);
	await page.mouse.wheel(0, 1500);
	await expect
		.poll(
			async () =>
				(await readStored<{ scrollBlock?: number }>(page, 'progress', 'rafah-crossing'))?.scrollBlock
		)
		.toBeGreaterThan(0);
	const article = await readStored<{ openedAt?: number; sourceKind?: string }>(
		page,
		'articles',
		'rafah-crossing'
	);
	expect(article?.sourceKind).toBe('embedded');
	expect(article?.openedAt).toBeGreaterThan(0);

	// Opened again in a new tab, the page goes back to that place (read by the peek).
	const place = (await readStored<{ scrollBlock: number }>(page, 'progress', 'rafah-crossing'))?.scrollBlock;
	const again = await page.context().newPage();
	await again.goto(EMBEDDED_PATH);
	await expect(again.locator(`[data-block="${place}"]`)).toBeInViewport();
	expect(await again.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('Tab reaches the skip link first, and it moves focus to the article', async ({ page }) => {
	await page.goto(EMBEDDED_PATH);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to article' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('article#content')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Ceasefire deal rejected' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [320, 1280]) {
		test(`no axe violations, no horizontal scroll, 44 px targets: ${colorScheme}, ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.emulateMedia({ colorScheme });
			await page.goto(EMBEDDED_PATH);
			// Everything the page adds after load (the read-aloud bar) is part of the state checked.
			await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
			const state = `${colorScheme}, ${width} px`;
			await expectNoAxeViolations(page, state);
			await expectNoHorizontalScroll(page, state);
			await expectTargetsAtLeast44px(page, state);
			expect(await expectFocusAlwaysVisible(page, state)).toBeGreaterThan(2);
		});
	}
}

for (const width of [320, 1280]) {
	test(`at 200% root font size, ${width} px: no axe violations and no horizontal scroll`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(EMBEDDED_PATH);
		await setRootFontSize(page, 200);
		const state = `200% text, ${width} px`;
		await expectNoAxeViolations(page, state);
		await expectNoHorizontalScroll(page, state);
		await expectNothingClipped(page, state);
	});

	test(`the WCAG 1.4.12 text-spacing override clips nothing at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(EMBEDDED_PATH);
		await applyTextSpacingOverride(page);
		const lineHeight = await page
			.locator('article p')
			.first()
			.evaluate((p) => getComputedStyle(p).wordSpacing);
		expect(lineHeight).not.toBe('0px');
		await expectNothingClipped(page, `text spacing, ${width} px`);
		await expectTargetsAtLeast44px(page, `text spacing, ${width} px`);
	});
}

test('an address with no saved article says so, in words, with a way home', async ({ page }) => {
	await page.goto('/read/not-a-saved-article');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This article is not here');
	await expect(page.getByText('There is no saved article at this address on this device.')).toBeVisible();
	await expect(page).toHaveTitle('Not found — Lectern');
});

test('every page describes itself to search and sharing: the reader with its standfirst', async ({
	page
}) => {
	const description = page.locator('meta[name="description"]');
	await page.goto(EMBEDDED_PATH);
	// The standfirst (166 characters) cut at a word near 160, marked as cut
	const standfirst = EMBEDDED_PARAGRAPHS[1] ?? '';
	const reader = (await description.getAttribute('content')) ?? '';
	expect(reader).toMatch(/\S…$/);
	expect(reader.length).toBeLessThanOrEqual(161);
	expect(standfirst.startsWith(reader.slice(0, -1))).toBe(true);
	expect(standfirst[reader.length - 1]).toBe(' ');
	const seen = new Set<string>();
	for (const path of ['/', '/add', '/settings']) {
		await page.goto(path);
		await expect(description).toHaveCount(1);
		const content = (await description.getAttribute('content')) ?? '';
		expect(content.length, path).toBeGreaterThan(40);
		seen.add(content);
	}
	expect(seen.size).toBe(3);
});
