import { expectNoAxeViolations } from './helpers/axe';
import { appStatus, expect, test } from './helpers/fixtures';
import { openAddPage, openFiles, pasteArticle, savedTitles, textFile } from './helpers/library';
import { startServer, waitUntilOfflineReady } from './helpers/server';

const PASTED = `Tides of the Severn
The estuary has one of the largest tidal ranges in the world.

## How the bore forms
Twice a day the rising tide funnels into the narrowing channel and climbs upstream as a wave.

- Spring tides bring the largest bores.
- Neap tides barely raise a ripple.

> A wall of water, the fishermen said, and then it was gone.`;

const HTML_PAGE = `<!doctype html><html lang="en-GB"><head><title>Lighthouses of Wales | Coast News</title>
<meta name="description" content="Eleven towers still guide ships along the coast."></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe to our newsletter</nav>
<div class="ad">Buy cheap flights now</div>
<article><h1>Lighthouses of Wales</h1>
<p>Eleven towers still guide ships along the coast, though no keeper has lived in one since 1996.</p>
<h2>The last keepers</h2>
<p>The keepers left when the lights were automated, and the towers fell silent at night.</p>
<p>Some of them still return every summer to paint the lanterns and count the passing ships.</p>
<p>The towers were built between 1800 and 1900, most of them by the same small team of engineers from Bristol.</p>
<p>Visitors can climb three of them in the summer months, and one offers a room for the night to anyone who books early.</p>
<ul><li>South Stack, on Holy Island</li><li>Nash Point, in the Vale of Glamorgan</li></ul>
<blockquote><p>You never stop listening for the foghorn.</p></blockquote>
<script>window.__ran = true</script><style>p { color: red }</style>
<form action="https://example.com"><input name="q"></form>
</article><footer>Copyright Coast News. Share on social media.</footer></body></html>`;

test('pasted text opens as an article with its structure, and stays after a reload', async ({ page }) => {
	await openAddPage(page);
	await pasteArticle(page, PASTED);

	await expect(page).toHaveURL(/\/read\/tides-of-the-severn$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tides of the Severn');
	await expect(appStatus(page)).toHaveText('“Tides of the Severn” is in your library.');
	const article = page.locator('article#content');
	await expect(article.getByRole('heading', { level: 2, name: 'How the bore forms' })).toBeVisible();
	await expect(article.locator('.article-body li')).toHaveText([
		'Spring tides bring the largest bores.',
		'Neap tides barely raise a ripple.'
	]);
	await expect(article.locator('blockquote')).toHaveText(
		'A wall of water, the fishermen said, and then it was gone.'
	);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tides of the Severn');
	await expect(article.locator('.article-body li')).toHaveCount(2);
	expect(await savedTitles(page)).toContain('Tides of the Severn');
});

const EXPLAINER = `Bus fares: what the new cap means for you
By Ann Lee
Published 6 May 2025

Single fares will cost no more than two pounds from June.

What changes?

The cap applies to every operator. It covers:
- single tickets on all routes
- day tickets bought on the bus

Related: Will the cap survive the budget?

Who pays for it?

The government, for the first two years.`;

test('a pasted explainer keeps its byline in the header, its question headings, its list and its promo', async ({
	page
}) => {
	await openAddPage(page);
	await pasteArticle(page, EXPLAINER);

	const article = page.locator('article#content');
	await expect(article.locator('header .byline')).toHaveText(['By Ann Lee', 'Published 6 May 2025']);
	await expect(article.locator('header .standfirst')).toHaveText(
		'Single fares will cost no more than two pounds from June.'
	);
	await expect(article.locator('.article-body')).not.toContainText('By Ann Lee');
	await expect(article.locator('.article-body').getByRole('heading', { level: 2 })).toHaveText([
		'What changes?',
		'Who pays for it?'
	]);
	await expect(article.locator('.article-body li')).toHaveText([
		'single tickets on all routes',
		'day tickets bought on the bus'
	]);
	await expect(article.getByRole('note', { name: 'Related content' })).toHaveText(
		'Related: Will the cap survive the budget?'
	);
	await expectNoAxeViolations(page, 'pasted explainer');
});

test('an HTML file keeps the article and loses the page around it, scripts and forms', async ({ page }) => {
	await openAddPage(page);
	await openFiles(page, [textFile('lighthouses.html', HTML_PAGE, 'text/html')]);

	await expect(page).toHaveURL(/\/read\/lighthouses-of-wales$/);
	const article = page.locator('article#content');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lighthouses of Wales');
	await expect(article).toHaveAttribute('lang', 'en-GB');
	await expect(article.getByRole('heading', { level: 2, name: 'The last keepers' })).toBeVisible();
	await expect(article.locator('.article-body li')).toHaveCount(2);
	await expect(article.locator('blockquote')).toHaveText('You never stop listening for the foghorn.');
	for (const gone of [
		'Subscribe to our newsletter',
		'Buy cheap flights',
		'Copyright Coast News',
		'window.__ran'
	])
		await expect(article).not.toContainText(gone);
	await expect(page.locator('form[action*="example.com"], input[name="q"]')).toHaveCount(0);
	expect(await page.evaluate(() => 'ran' in window || '__ran' in window)).toBe(false);
});

test('several files at once, Markdown among them, all land in the library', async ({ page }) => {
	await openAddPage(page);
	await openFiles(page, [
		textFile(
			'notes.md',
			'# Field notes\n\nThe **first** note links to [the map](https://example.org).\n\n## Birds\n\n1. Curlew\n2. Dunlin\n',
			'text/markdown'
		),
		textFile('plain.txt', 'A plain note\n\nWith one paragraph of text.')
	]);

	await expect(page).toHaveURL(/\/$/);
	await expect(appStatus(page)).toHaveText('2 articles are in your library.');
	expect(await savedTitles(page)).toEqual(expect.arrayContaining(['A plain note', 'Field notes']));
	await page.getByRole('link', { name: 'Field notes' }).click();
	const article = page.locator('article#content');
	await expect(article).toContainText('The first note links to the map.');
	await expect(article).not.toContainText('**');
	await expect(article.getByRole('heading', { level: 2, name: 'Birds' })).toBeVisible();
	await expect(article.locator('.article-body ol li')).toHaveText(['Curlew', 'Dunlin']);
});

test('a UTF-16 file with a byte order mark opens as text', async ({ page }) => {
	await openAddPage(page);
	const utf16 = Buffer.concat([
		Buffer.from([0xff, 0xfe]),
		Buffer.from('Über die Brücke\n\nEin kurzer Text.', 'utf16le')
	]);
	await openFiles(page, [{ name: 'brücke.txt', mimeType: 'text/plain', buffer: utf16 }]);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über die Brücke');
	await expect(page.locator('article#content')).toContainText('Ein kurzer Text.');
});

test('a web address alone is kept as a note that says how to save the page', async ({ page }) => {
	await openAddPage(page);
	await pasteArticle(page, '  https://www.example.com/news/some-story  ');

	await expect(page.getByRole('heading', { level: 1 })).toContainText('example.com');
	await expect(page.locator('article#content')).toContainText('https://www.example.com/news/some-story');
	await expect(appStatus(page)).toContainText('cannot download');
});

test('every kind of bad input gets its own message, saves nothing and keeps what was typed', async ({
	page
}) => {
	await openAddPage(page);
	const before = await savedTitles(page);
	const typed = 'Half-written notes the reader must not lose';
	const summary = page.locator('.error-summary');

	await page.getByLabel('Article text').fill('   \n\t  ');
	await page.getByRole('button', { name: 'Add text to library' }).click();
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('heading')).toHaveText('There is a problem');
	await expect(summary.getByRole('link')).toHaveText(/There is no text to import/);
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByLabel('Article text')).toHaveAttribute('aria-invalid', 'true');
	await summary.getByRole('link').click();
	await expect(page.getByLabel('Article text')).toBeFocused();
	await expectNoAxeViolations(page, 'add page with an error');

	await page.getByLabel('Article text').fill(typed);
	const bad = [
		{
			file: { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') },
			says: /“huge\.txt” is 5\.1 MB, more than the 5 MB/
		},
		{
			file: {
				name: 'photo.txt',
				mimeType: 'text/plain',
				buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])
			},
			says: /“photo\.txt” holds binary data/
		},
		{
			file: { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 cr\xe8me', 'latin1') },
			says: /“latin1\.txt” is not UTF-8 text/
		},
		{
			file: textFile(
				'empty-page.html',
				'<html><body><nav></nav><script>alert(1)</script></body></html>',
				'text/html'
			),
			says: /“empty-page\.html”.*no readable text/
		},
		{
			file: { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') },
			says: /“report\.pdf”/
		},
		{ file: textFile('blank.md', '  \n\n  ', 'text/markdown'), says: /“blank\.md” is empty/ }
	];
	for (const { file, says } of bad) {
		await openFiles(page, [file]);
		await expect(summary.getByRole('link'), file.name).toHaveText(says);
		await expect(summary).toBeFocused();
		await expect(page).toHaveURL(/\/add$/);
		await expect(page.getByLabel('Article text')).toHaveValue(typed);
	}
	expect(await savedTitles(page)).toEqual(before);
});

test('adding works offline, and the new article opens offline after a reload', async ({ page, context }) => {
	const server = await startServer();
	await page.goto(`${server.origin}/add`);
	await waitUntilOfflineReady(page);
	await server.stop();
	await context.setOffline(true);

	await openAddPage(page, server.origin);
	await pasteArticle(page, 'Offline notes\n\nWritten on a train with no signal at all.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline notes');
	await page.reload();
	await expect(page.locator('article#content')).toContainText('Written on a train with no signal at all.');
});

test('Arabic and Hebrew articles read right to left, in their language, and axe finds nothing', async ({
	page
}) => {
	const samples = [
		{
			lang: 'ar',
			title: 'عبور الحدود',
			body: 'فتح المعبر صباح اليوم أمام المسافرين.\n\n## ردود الفعل\n\nرحب السكان بالقرار وقالوا إنه طال انتظاره.'
		},
		{
			lang: 'he',
			title: 'מעבר הגבול',
			body: 'המעבר נפתח הבוקר לנוסעים.\n\n## תגובות\n\nהתושבים בירכו על ההחלטה ואמרו שחיכו לה זמן רב.'
		}
	];
	for (const { lang, title, body } of samples) {
		await openAddPage(page);
		await pasteArticle(page, `${title}\n\n${body}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const article = page.locator('article#content');
		await expect(article).toHaveAttribute('lang', lang);
		await expect(article).toHaveAttribute('dir', 'rtl');
		// The contents and the player are mirrored too: they start from the right edge
		const contents = page.getByRole('navigation', { name: 'In this article' });
		await expect(contents).toHaveCSS('direction', 'rtl');
		await expect(page.getByRole('region', { name: 'Read aloud' })).toHaveAttribute('dir', 'rtl');
		// Lectern's words about the article stay English, in their own order
		const meta = article.locator('.article-meta > span');
		await expect(meta).toHaveAttribute('lang', 'en-GB');
		await expect(meta).toHaveCSS('direction', 'ltr');
		await expect(meta).toHaveText(/^\d+ words · 1 min read$/);
		// The title's text sits against the right edge of its line, not the left
		const gapAtRight = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
			const range = document.createRange();
			range.selectNodeContents(h1);
			return h1.getBoundingClientRect().right - range.getBoundingClientRect().right;
		});
		expect(gapAtRight).toBeLessThan(1);
		await expectNoAxeViolations(page, `${lang} article`);
	}
});
