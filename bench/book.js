// 5 (cont.). Book: a long EPUB (300 chapters, about 1 MB of text) against a 3-chapter one made of the same
// paragraphs, both opened through /add's file input: import (unzip and parse), click Add to the first text on
// screen, and a fresh open of the saved book to its first text.
import { Samples, installTimers, launchBrowser, row, watchSaves } from './lib.js';
import { embeddedArticle } from './pages.js';
import { buildEpub } from '../tests/support/epub.js';

const LONG_CHAPTERS = 300;
const SHORT_CHAPTERS = 3;
const TEXT_BYTES = 1024 * 1024;

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A book of `chapters` chapters of the embedded article's paragraphs, each chapter as long as a 1 MB book's
 * 300th part, so the two books differ only in how many chapters they have.
 * @param {number} chapters
 */
function book(chapters) {
	const paragraphs = embeddedArticle()
		.blocks.filter((block) => block.kind === 'paragraph')
		.map((block) => block.text);
	let next = 0;
	let bytes = 0;
	const perChapter = TEXT_BYTES / LONG_CHAPTERS;
	const made = Array.from({ length: chapters }, (_, n) => {
		const body = [`<h1>Chapter ${n + 1}</h1>`];
		for (let size = 0; size < perChapter;) {
			const text = paragraphs[next++ % paragraphs.length] ?? '';
			body.push(`<p>${escape(text)}</p>`);
			size += Buffer.byteLength(text);
			bytes += Buffer.byteLength(text);
		}
		return { title: `Chapter ${n + 1}`, body: body.join('\n') };
	});
	return {
		bytes: buildEpub({ title: `A book of ${chapters} chapters`, lang: 'en-GB', chapters: made }),
		text: bytes
	};
}

/**
 * Chooses the book on /add and adds it; returns the saved book's path, import and save times (watchSaves).
 * @param {import('@playwright/test').Page} page @param {string} origin @param {Uint8Array} bytes
 */
async function importBook(page, origin, bytes) {
	await page.goto(`${origin}/add`);
	const add = page.getByRole('button', { name: 'Add files to library' });
	await add.waitFor();
	await page.waitForLoadState('networkidle');
	await page
		.getByLabel('Files')
		.setInputFiles([{ name: 'book.epub', mimeType: 'application/epub+zip', buffer: Buffer.from(bytes) }]);
	const visible = page.evaluate(() => {
		const win = /** @type {any} */ (window);
		addEventListener('click', () => (win.__clickAt ??= performance.now()), { capture: true, once: true });
		return win.__benchWhen('[data-block]');
	});
	await add.click();
	const shown = await visible;
	await page.waitForURL(/\/read\//);
	const timing = await page.evaluate(() => ({
		clickAt: /** @type {any} */ (window).__clickAt,
		parse: /** @type {any} */ (window).__saveAt - /** @type {any} */ (window).__clickAt,
		save: /** @type {any} */ (window).__savedAt - /** @type {any} */ (window).__saveAt
	}));
	return { path: new URL(page.url()).pathname, ...timing, visible: shown - timing.clickAt };
}

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function bookSection({ origin, runs, log }) {
	const books = { long: book(LONG_CHAPTERS), short: book(SHORT_CHAPTERS) };
	log(
		`long book: ${(books.long.bytes.length / 1024).toFixed(0)} KB zipped, ${(books.long.text / 1024).toFixed(0)} KB of text`
	);
	const browser = await launchBrowser();
	const values = { long: new Samples(), short: new Samples() };
	try {
		const context = await browser.newContext();
		await context.addInitScript(installTimers);
		await context.addInitScript(watchSaves);
		const page = await context.newPage();
		/** @type {Record<'long' | 'short', string>} */
		const paths = { long: '', short: '' };
		for (let run = 1; run <= runs; run++) {
			for (const which of /** @type {const} */ (['short', 'long'])) {
				const imported = await importBook(page, origin, books[which].bytes);
				paths[which] = imported.path;
				values[which].add('parse', imported.parse);
				values[which].add('save', imported.save);
				values[which].add('import', imported.visible);
				log(
					`book run ${run} ${which}: import ${imported.parse.toFixed(0)} ms, save ${imported.save.toFixed(0)} ms, ` +
						`click to text ${imported.visible.toFixed(0)} ms`
				);
			}
		}
		for (let run = 1; run <= runs; run++) {
			for (const which of /** @type {const} */ (['short', 'long'])) {
				await page.goto(`${origin}${paths[which]}`);
				const at = await page.evaluate(() => /** @type {any} */ (window).__benchWhen('[data-block="0"]'));
				await page.getByRole('region', { name: 'Read aloud' }).waitFor();
				values[which].add('open', at);
				log(`book run ${run} ${which}: open to text ${at.toFixed(0)} ms`);
			}
		}
		await context.close();
	} finally {
		await browser.close();
	}
	const section = `Book (${LONG_CHAPTERS} chapters, about 1 MB of text)`;
	const vs = { baselineName: `${SHORT_CHAPTERS}-chapter book` };
	/** @param {string} metric @param {string} key @param {Partial<Parameters<typeof row>[0]>} [extra] */
	const compare = (metric, key, extra = {}) =>
		row({
			section,
			metric,
			unit: 'ms',
			lectern: values.long.get(key),
			baseline: values.short.get(key),
			...vs,
			...extra
		});
	return [
		compare('import (unzip, sanitise, blocks)', 'parse'),
		compare('save', 'save'),
		compare('click Add to first text shown', 'import'),
		compare('open to first text shown', 'open', {
			goal: '< 1,000 ms',
			meets: (result) => result.lectern.median < 1000
		})
	];
}
