// @vitest-environment jsdom
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '$lib/article/parse';
import type { Block } from '$lib/article/types';
import {
	buildEpub,
	declareSize,
	notAZip,
	sampleBook,
	truncated,
	zipBomb
} from '../../../tests/support/epub.js';
import { readEpub } from './epub';
import { MAX_EPUB_BYTES, MAX_EPUB_ENTRY_BYTES } from './limits';
import { importFile } from './pipeline';
import { expectArticle, expectError } from '$lib/testing/import-factory';

function outline(blocks: readonly Block[]): string[] {
	return blocks.map((block) => {
		const kind = block.kind === 'heading' ? `h${block.level}` : block.kind;
		return `${kind}: ${blockTexts(block).join(' | ')}`;
	});
}

function book(bytes: Uint8Array, name = 'book.epub') {
	const result = readEpub(bytes, name);
	if (!result.ok) return expect.fail(`Expected a book, got ${result.error.code}: ${result.error.message}`);
	return result.book;
}

function failure(bytes: Uint8Array, name = 'book.epub') {
	const result = readEpub(bytes, name);
	if (result.ok) return expect.fail(`Expected an error, got the book "${result.book.title}"`);
	return result.error;
}

const LIGHTHOUSE_OUTLINE = [
	'standfirst: Morag Fisher',
	'h2: Chapter 1: The Light',
	'paragraph: The lamp was lit every evening at dusk.',
	'h3: Oil and wicks',
	'paragraph: Paraffin replaced whale oil in 1870.',
	'h2: Chapter 2: The Storm',
	'paragraph: The waves broke over the gallery rail.',
	'h2: Chapter 3: The Relief Boat',
	'paragraph: The boat came on the first calm day.'
];

describe('readEpub on good books', () => {
	it('reads an EPUB 3 book: metadata, chapters in spine order, the nav as headings, each once', () => {
		const read = book(sampleBook());
		expect(read.title).toBe('The Lighthouse Keeper');
		expect(read.lang).toBe('en-GB');
		expect(outline(read.blocks)).toEqual(LIGHTHOUSE_OUTLINE);
	});

	it('reads an EPUB 2 book with its NCX into the same outline', () => {
		expect(outline(book(sampleBook({ version: 2 })).blocks)).toEqual(LIGHTHOUSE_OUTLINE);
	});

	it('uses the contents’ wording for a chapter whose own heading says less', () => {
		const read = book(
			buildEpub({
				title: 'Moby-Dick',
				chapters: [{ title: 'Chapter 1. Loomings', body: '<h2>Loomings</h2><p>Call me Ishmael.</p>' }]
			})
		);
		expect(outline(read.blocks)).toEqual(['h2: Chapter 1. Loomings', 'paragraph: Call me Ishmael.']);
	});

	it('sets a chapter’s own sub-headings below its contents entry, and gives every heading its own id', () => {
		const chapter = (n: number) => ({
			title: `Part ${n}`,
			body: `<h1>Part ${n}</h1><h2>Notes</h2><p>Notes for part ${n}.</p><h3>Sources</h3><p>Books.</p>`
		});
		const read = book(buildEpub({ title: 'Parts', chapters: [chapter(1), chapter(2)] }));
		const headings = read.blocks.filter((block) => block.kind === 'heading');
		expect(headings.map((heading) => `h${heading.level} ${heading.text}`)).toEqual([
			'h2 Part 1',
			'h3 Notes',
			'h4 Sources',
			'h2 Part 2',
			'h3 Notes',
			'h4 Sources'
		]);
		const ids = headings.map((heading) => heading.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('takes direction from page-progression-direction, and from the language without it', () => {
		const arabic = book(
			buildEpub({
				title: 'حكايات البحر',
				lang: 'ar',
				direction: 'rtl',
				chapters: [{ title: 'الفصل الأول', body: '<h1>الفصل الأول</h1><p>كان البحر هادئا في الصباح.</p>' }]
			})
		);
		expect([arabic.title, arabic.lang, arabic.dir]).toEqual(['حكايات البحر', 'ar', 'rtl']);
		expect(outline(arabic.blocks)).toEqual(['h2: الفصل الأول', 'paragraph: كان البحر هادئا في الصباح.']);
		const hebrew = buildEpub({
			title: 'סיפורי הים',
			lang: 'he',
			chapters: [{ title: 'פרק ראשון', body: '<p>הים היה שקט בבוקר.</p>' }]
		});
		const article = expectArticle(importFile({ name: 'ים.epub', type: '', bytes: hebrew }));
		expect([article.lang, article.dir]).toEqual(['he', 'rtl']);
	});

	it('without a table of contents, makes each chapter’s own top heading an h2', () => {
		const read = book(sampleBook({ contents: false }));
		expect(outline(read.blocks)).toEqual(LIGHTHOUSE_OUTLINE);
	});

	it('keeps pictures’ alternative text as text, and nothing of pictures without it', () => {
		const read = book(
			buildEpub({
				title: 'Pictures',
				chapters: [
					{
						title: 'One',
						body:
							'<p>Before <img src="a.png" alt="a gull on the rail"/> after.</p>' +
							'<div><img src="b.png" alt="The lighthouse at dusk"/></div><p><img src="c.png" alt=""/>End.</p>'
					}
				]
			})
		);
		expect(outline(read.blocks)).toEqual([
			'h2: One',
			'paragraph: Before a gull on the rail after.',
			'paragraph: The lighthouse at dusk',
			'paragraph: End.'
		]);
	});

	it('honours XHTML’s self-closed elements, so a <title/> hides no text, and reads a malformed chapter', () => {
		const read = book(
			buildEpub({
				title: 'Markup',
				chapters: [
					{ title: 'XML', body: '<p>One.</p><div/><a id="x"/><title/><textarea/><p>Two.</p>' },
					{ title: 'HTML', body: '<p>Three&nbsp;and<br>four.<p>Five.' }
				]
			})
		);
		expect(outline(read.blocks)).toEqual([
			'h2: XML',
			'paragraph: One.',
			'paragraph: Two.',
			'h2: HTML',
			'paragraph: Three and four.',
			'paragraph: Five.'
		]);
	});

	it('never keeps a script, a style or an event handler of a chapter', () => {
		const read = book(
			buildEpub({
				title: 'Active',
				chapters: [
					{
						title: 'Scripts',
						body:
							'<script>window.SCRIPT_TEXT = 1</script><style>p { color: red } STYLE_TEXT</style>' +
							'<p onclick="HANDLER_TEXT()">Safe words.</p><svg><text>SVG_TEXT</text></svg>'
					}
				]
			})
		);
		const text = read.blocks.flatMap(blockTexts).join(' ');
		expect(text).toContain('Safe words.');
		for (const gone of ['SCRIPT_TEXT', 'STYLE_TEXT', 'HANDLER_TEXT', 'SVG_TEXT'])
			expect(text).not.toContain(gone);
	});

	it('is one library item: an EPUB file imports as one article with the book’s text as its source', () => {
		const article = expectArticle(
			importFile({ name: 'keeper.epub', type: 'application/epub+zip', bytes: sampleBook() })
		);
		expect(article.title).toBe('The Lighthouse Keeper');
		expect(article.sourceKind).toBe('epub');
		expect(article.origin).toBe('keeper.epub');
		expect(article.langDetected).toBe(false);
		expect(article.wordCount).toBeGreaterThan(40);
		expect(article.source).toContain('## Chapter 2: The Storm');
		expect(article.source).toContain('The boat came on the first calm day.');
	});

	it('names an untitled book after its file', () => {
		const read = book(buildEpub({ chapters: [{ title: 'One', body: '<p>Words.</p>' }] }), 'Sea Stories.epub');
		expect(read.title).toBe('Sea Stories');
	});

	it('opens a book whose only encrypted files are obfuscated fonts', () => {
		const fonts = `<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
			xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
			<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
			<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData></enc:EncryptedData></encryption>`;
		expect(book(sampleBook({ files: { 'META-INF/encryption.xml': fonts } })).title).toBe(
			'The Lighthouse Keeper'
		);
	});
});

describe('readEpub on broken books', () => {
	it('refuses an encrypted (DRM) book', () => {
		expect(failure(sampleBook({ encrypted: true }), 'locked.epub')).toMatchObject({
			code: 'encrypted',
			field: 'file',
			message: expect.stringMatching(/^“locked\.epub” is locked with DRM/)
		});
	});

	it('refuses a ZIP cut short, as an interrupted download leaves it', () => {
		expect(failure(truncated(sampleBook())).code).toBe('damaged');
	});

	it('refuses a file that is not a ZIP at all', () => {
		expect(failure(notAZip()).code).toBe('not-zip');
		expect(failure(strToU8('PK but not really')).code).toBe('not-zip');
	});

	it('refuses a ZIP without a package document', () => {
		expect(failure(zipSync({ 'notes.txt': strToU8('Just a ZIP.') })).code).toBe('no-package');
		const container = `<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
			<rootfiles><rootfile full-path="OEBPS/missing.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;
		expect(failure(zipSync({ 'META-INF/container.xml': strToU8(container) })).code).toBe('no-package');
		expect(failure(zipSync({ 'META-INF/container.xml': strToU8('<container') })).code).toBe('no-package');
	});

	it('refuses a book missing a chapter its spine lists', () => {
		const full = sampleBook();
		const files = unzipSync(full);
		delete files['OEBPS/chapter-2.xhtml'];
		expect(failure(zipSync(files)).code).toBe('damaged');
	});

	describe('ZIP bombs', () => {
		// Built once: compressing 17 MB of spaces takes a while on a busy machine
		const bomb = zipBomb(17);

		it('refuses one by its declared size, before inflating anything', () => {
			const started = performance.now();
			expect(failure(bomb).code).toBe('unpacks-too-large');
			expect(performance.now() - started).toBeLessThan(1000);
		});

		it('stops inflating a chapter that grows past the size its directory declares', () => {
			const lying = declareSize(zipBomb(1), 'OEBPS/chapter-1.xhtml', 2000);
			expect(failure(lying).code).toBe('damaged');
			const atCap = declareSize(bomb, 'OEBPS/chapter-1.xhtml', MAX_EPUB_ENTRY_BYTES);
			expect(failure(atCap).code).toBe('unpacks-too-large');
		});
	});

	it('inflates a large chapter in slices, and stops when it outgrows its declared size', () => {
		// Letters from a small linear congruential generator: text deflate cannot shrink below 128 KB
		let seed = 7;
		const letters = Array.from({ length: 400_000 }, () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return 'abcdefghijklmnopqrstuvwxyz '[seed % 27];
		}).join('');
		const big = buildEpub({ title: 'Big', chapters: [{ title: 'Big', body: `<p>${letters}</p>` }] });
		expect(book(big).blocks.flatMap(blockTexts).join('').length).toBeGreaterThan(390_000);
		expect(failure(declareSize(big, 'OEBPS/chapter-1.xhtml', 100_000)).code).toBe('damaged');
	});

	it('refuses a file over 50 MB without opening it, and an empty one', () => {
		const error = failure(new Uint8Array(MAX_EPUB_BYTES + 1), 'huge.epub');
		expect(error.code).toBe('too-large');
		expect(error.message).toContain('more than the 50 MB Lectern can open');
		expect(failure(new Uint8Array(0)).code).toBe('empty');
	});

	it('refuses a book with no readable text', () => {
		const pictures = buildEpub({
			title: 'Comic',
			chapters: [{ title: '', body: '<img src="p.png"/>' }],
			contents: false
		});
		expect(expectError(importFile({ name: 'comic.epub', type: '', bytes: pictures })).code).toBe(
			'no-content'
		);
	});
});
