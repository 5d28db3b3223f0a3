// EPUB books the tests build themselves (tests/support/epub.js), opened through the real /add page's file
// input: good books become one article with their chapters as headings; broken ones say why and save nothing.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { appStatus, expect, test } from './helpers/fixtures';
import { openAddPage, openFiles, savedTitles, type FileToImport } from './helpers/library';
import { startServer, waitUntilOfflineReady } from './helpers/server';
import { NO_TRACES, scriptTraces, watchForScriptEffects } from './helpers/xss';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { buildEpub, declareSize, notAZip, sampleBook, truncated, zipBomb } from '../support/epub.js';

const epub = (name: string, bytes: Uint8Array, mimeType = 'application/epub+zip'): FileToImport => ({
	name,
	mimeType,
	buffer: Buffer.from(bytes)
});

const CONTENTS = [
	'Chapter 1: The Light',
	'Oil and wicks',
	'Chapter 2: The Storm',
	'Chapter 3: The Relief Boat'
];

async function expectLighthouseBook(page: Page): Promise<void> {
	await expect(page).toHaveURL(/\/read\/the-lighthouse-keeper(#[\w-]+)?$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Lighthouse Keeper');
	const article = page.locator('article#content');
	await expect(article).toHaveAttribute('lang', 'en-GB');
	await expect(article).toHaveAttribute('dir', 'ltr');
	await expect(article.locator('.standfirst')).toHaveText('Morag Fisher');
	const contents = page.getByRole('navigation', { name: 'In this article' });
	await expect(contents.getByRole('link')).toHaveText(CONTENTS);
	await expect(article.locator('.article-body').getByRole('heading', { level: 2 })).toHaveText([
		'Chapter 1: The Light',
		'Chapter 2: The Storm',
		'Chapter 3: The Relief Boat'
	]);
	await expect(article.locator('.article-body').getByRole('heading', { level: 3 })).toHaveText([
		'Oil and wicks'
	]);
	await expect(article).toContainText('The boat came on the first calm day.');
}

test('an EPUB 3 book opens as one article: title, author, chapters as headings and its contents', async ({
	page
}) => {
	await openAddPage(page);
	await openFiles(page, [epub('keeper.epub', sampleBook())]);

	await expectLighthouseBook(page);
	await expect(appStatus(page)).toHaveText('“The Lighthouse Keeper” is in your library.');
	await expectNoAxeViolations(page, 'an imported EPUB book');

	// A contents link jumps to its chapter, and the book is still there after a reload
	await page
		.getByRole('navigation', { name: 'In this article' })
		.getByRole('link', { name: 'Chapter 3: The Relief Boat' })
		.click();
	await expect(page).toHaveURL(/#chapter-3-the-relief-boat$/);
	await page.reload();
	await expectLighthouseBook(page);
	expect(await savedTitles(page)).toContain('The Lighthouse Keeper');
});

test('an EPUB 2 book with an NCX, one without contents, and right-to-left books', async ({ page }) => {
	await openAddPage(page);
	await openFiles(page, [epub('keeper-2.epub', sampleBook({ version: 2 }), '')]);
	await expectLighthouseBook(page);

	await openAddPage(page);
	await openFiles(page, [epub('no-contents.epub', sampleBook({ title: 'No Contents', contents: false }))]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No Contents');
	await expect(page.getByRole('navigation', { name: 'In this article' }).getByRole('link')).toHaveText(
		CONTENTS
	);

	const books = [
		{
			lang: 'ar',
			direction: 'rtl' as const,
			title: 'حكايات البحر',
			chapter: 'الفصل الأول',
			text: 'كان البحر هادئا في الصباح.'
		},
		{
			lang: 'he',
			direction: undefined,
			title: 'סיפורי הים',
			chapter: 'פרק ראשון',
			text: 'הים היה שקט בבוקר.'
		}
	];
	for (const { lang, direction, title, chapter, text } of books) {
		await openAddPage(page);
		const bytes = buildEpub({
			title,
			lang,
			direction,
			chapters: [{ title: chapter, body: `<h1>${chapter}</h1><p>${text}</p>` }]
		});
		await openFiles(page, [epub(`${lang}.epub`, bytes)]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const article = page.locator('article#content');
		await expect(article).toHaveAttribute('lang', lang);
		await expect(article).toHaveAttribute('dir', 'rtl');
		await expect(article.getByRole('heading', { level: 2, name: chapter })).toBeVisible();
		await expect(article).toContainText(text);
		await expectNoAxeViolations(page, `a right-to-left EPUB book (${lang})`);
	}
});

test('a broken EPUB gets a sentence saying what is wrong, and the library is unchanged', async ({ page }) => {
	await openAddPage(page);
	const before = await savedTitles(page);
	const summary = page.locator('.error-summary');
	const noPackage = buildEpub({
		title: 'x',
		chapters: [],
		files: { 'META-INF/container.xml': '<container/>' }
	});
	const bad = [
		{ file: epub('locked.epub', sampleBook({ encrypted: true })), says: /“locked\.epub” is locked with DRM/ },
		{ file: epub('cut.epub', truncated(sampleBook())), says: /“cut\.epub” is damaged/ },
		{ file: epub('bomb.epub', zipBomb(17)), says: /“bomb\.epub” unpacks to more than 16 MB in one chapter/ },
		{
			file: epub('liar.epub', declareSize(zipBomb(1), 'OEBPS/chapter-1.xhtml', 1000)),
			says: /“liar\.epub” is damaged/
		},
		{ file: epub('report.epub', notAZip()), says: /“report\.epub” is not an EPUB book: every EPUB is a ZIP/ },
		{ file: epub('bare.epub', noPackage), says: /“bare\.epub” is not a complete EPUB book/ }
	];
	for (const { file, says } of bad) {
		await openFiles(page, [file]);
		await expect(summary.getByRole('link'), file.name).toHaveText(says);
		await expect(summary).toBeFocused();
		await expect(page).toHaveURL(/\/add$/);
	}
	await expectNoAxeViolations(page, 'add page with an EPUB error');
	// A good book chosen with a broken one is not saved either: the reader fixes the choice first
	await openFiles(page, [epub('keeper.epub', sampleBook()), epub('cut.epub', truncated(sampleBook()))]);
	await expect(summary.getByRole('link')).toHaveText([/“cut\.epub” is damaged/]);
	expect(await savedTitles(page)).toEqual(before);
});

test(`${XSS_PAYLOADS.length} XSS payloads as a book's chapters run nothing and leave nothing`, async ({
	page
}) => {
	test.setTimeout(120_000);
	const dialogs = await watchForScriptEffects(page);
	const chapters = XSS_PAYLOADS.map((payload, n) => ({
		title: `Payload ${n}`,
		body: `<h1>Payload ${n}</h1><p>Words before the payload.</p>${payload}<p>Words after payload ${n}.</p>`
	}));
	await openAddPage(page);
	await openFiles(page, [epub('payloads.epub', buildEpub({ title: 'Payloads', chapters }))]);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payloads');
	const article = page.locator('article#content');
	await expect(article).toContainText(`Words after payload ${XSS_PAYLOADS.length - 1}.`);
	const contents = page.getByRole('navigation', { name: 'In this article' }).getByRole('link');
	await expect(contents.first()).toHaveText('Payload 0');
	expect(await contents.count()).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
	// A book's pictures become their alternative text, so no <img> may remain either
	const found = await scriptTraces(page, ['IMG']);
	expect(found).toEqual(NO_TRACES);
	expect(dialogs).toEqual([]);
});

test('a book shared from another app opens through the share target, offline', async ({ page, context }) => {
	const server = await startServer();
	await page.goto(`${server.origin}/`);
	await waitUntilOfflineReady(page);
	await server.stop();
	await context.setOffline(true);

	const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
	expect(manifest.share_target.params.files[0].accept).toEqual(
		expect.arrayContaining(['application/epub+zip', '.epub'])
	);
	// As Android's share sheet posts it: a multipart form to the manifest's action
	await page.evaluate(() => {
		const form = Object.assign(document.createElement('form'), {
			method: 'post',
			action: '/share',
			enctype: 'multipart/form-data'
		});
		const input = Object.assign(document.createElement('input'), {
			type: 'file',
			name: 'files',
			id: 'shared'
		});
		form.append(input);
		document.body.append(form);
	});
	await page.locator('#shared').setInputFiles([epub('keeper.epub', sampleBook())]);
	await page.evaluate(() => document.querySelector<HTMLFormElement>('form[action="/share"]')?.submit());
	await expectLighthouseBook(page);
});
