// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { importFile, importShare, importText, MAX_IMPORT_BYTES } from './index';
import { LINK_NOTE_EXPLANATION } from './note';
import {
	articlePage,
	expectArticle,
	expectError,
	fileOf,
	outputTexts,
	utf16,
	utf8
} from '$lib/testing/import-factory';

describe('importText', () => {
	it('reads pasted text, first line as title, and says where it came from', () => {
		const article = expectArticle(
			importText('Harbour news\n\nThe wall is finished.\n\nIt took three winters.')
		);
		expect(article).toMatchObject({
			title: 'Harbour news',
			lang: 'en',
			dir: 'ltr',
			sourceKind: 'text',
			origin: 'Pasted text',
			langDetected: true,
			source: 'Harbour news\n\nThe wall is finished.\n\nIt took three winters.'
		});
		expect(outputTexts(article)).toEqual(['Harbour news', 'The wall is finished.', 'It took three winters.']);
		expect(article.wordCount).toBe(10);
		expect(article.notice).toBeUndefined();
	});

	it('uses a given title and keeps the first line as body text', () => {
		const article = expectArticle(importText('First line\n\nSecond.', { title: '  My title ' }));
		expect(outputTexts(article)).toEqual(['My title', 'First line', 'Second.']);
	});

	it('detects a right-to-left language unless the reader chose one', () => {
		const text = 'مرحبا بالعالم\n\nهذه مقالة قصيرة للتجربة.';
		expect(expectArticle(importText(text))).toMatchObject({ lang: 'ar', dir: 'rtl', langDetected: true });
		expect(expectArticle(importText(text, { lang: 'fa' }))).toMatchObject({
			lang: 'fa',
			dir: 'rtl',
			langDetected: false
		});
	});

	it('turns a pasted URL into a note explaining how to bring the article in', () => {
		const article = expectArticle(importText('  https://www.example.com/news/story?id=7 \n'));
		expect(article).toMatchObject({
			title: 'Link to www.example.com',
			sourceKind: 'note',
			origin: 'www.example.com',
			notice: LINK_NOTE_EXPLANATION,
			langDetected: false
		});
		expect(outputTexts(article).slice(1)).toEqual([
			'https://www.example.com/news/story?id=7',
			LINK_NOTE_EXPLANATION
		]);
		expect(LINK_NOTE_EXPLANATION).toMatch(/no server.*cannot download.*share.*save the page as HTML.*paste/s);
	});

	it('reads a URL with words around it as ordinary text', () => {
		expect(expectArticle(importText('Read this: https://example.com')).sourceKind).toBe('text');
		expect(expectArticle(importText('ftp://example.com/file')).sourceKind).toBe('text');
	});
});

describe('importFile', () => {
	it('reads a .txt file as text, named after the file', () => {
		const article = expectArticle(importFile(fileOf('notes.txt', 'Title\n\nBody.', 'text/plain')));
		expect(article).toMatchObject({ title: 'Title', sourceKind: 'text', origin: 'notes.txt' });
	});

	it('reads a .md file as Markdown', () => {
		const article = expectArticle(importFile(fileOf('guide.md', '# Guide\n\nUse **bold** words.')));
		expect(article).toMatchObject({
			title: 'Guide',
			sourceKind: 'markdown',
			source: '# Guide\n\nUse **bold** words.'
		});
		expect(outputTexts(article)).toEqual(['Guide', 'Use bold words.']);
	});

	it('reads an .html file as a page, keeping its source for re-parsing', () => {
		const html = articlePage({ lang: 'en-GB' });
		const article = expectArticle(importFile(fileOf('Harbour.HTML', html)));
		expect(article).toMatchObject({ sourceKind: 'html', source: html, lang: 'en-GB', langDetected: false });
	});

	it('reads UTF-16 files with a byte order mark', () => {
		const article = expectArticle(importFile(fileOf('שלום.txt', utf16('שלום עולם\n\nטקסט קצר.', 'be'))));
		expect(article).toMatchObject({ title: 'שלום עולם', lang: 'he', dir: 'rtl', origin: 'שלום.txt' });
	});
});

describe('importShare', () => {
	it('makes a note of a shared link, titled by the share', () => {
		const article = expectArticle(
			importShare({ title: 'Harbour story', url: 'https://news.example/harbour' })
		);
		expect(article).toMatchObject({ title: 'Harbour story', sourceKind: 'note', origin: 'news.example' });
	});

	it('makes a note when the app put the URL in the text field instead', () => {
		const article = expectArticle(importShare({ text: 'https://news.example/harbour' }));
		expect(article).toMatchObject({ title: 'Link to news.example', sourceKind: 'note' });
	});

	it('keeps shared text, ending with where it was shared from', () => {
		const share = { title: 'Harbour', text: 'The wall is finished.', url: 'https://news.example/harbour' };
		const article = expectArticle(importShare(share));
		expect(article).toMatchObject({ title: 'Harbour', sourceKind: 'text', origin: 'news.example' });
		expect(outputTexts(article)).toEqual([
			'Harbour',
			'The wall is finished.',
			'Shared from https://news.example/harbour'
		]);
		expect(article.source).toBe('The wall is finished.\n\nShared from https://news.example/harbour');
	});

	it('does not repeat a URL the shared text already holds', () => {
		const text = 'The wall is finished. https://news.example/harbour';
		const article = expectArticle(importShare({ text, url: 'https://news.example/harbour' }));
		expect(outputTexts(article).join(' ').split('https://news.example/harbour')).toHaveLength(2);
	});

	it('keeps a shared title alone rather than losing it', () => {
		const article = expectArticle(importShare({ title: 'Remember this' }));
		expect(outputTexts(article)).toEqual(['Remember this']);
	});
});

describe('import errors', () => {
	it('empty: pasted whitespace asks for text', () => {
		expect(expectError(importText(' \n\t\u0000 '))).toEqual({
			code: 'empty',
			field: 'text',
			message: 'There is no text to import. Paste some text or choose a file.'
		});
	});

	it('empty: a file of whitespace is named', () => {
		expect(expectError(importFile(fileOf('blank.txt', '\n  \n')))).toEqual({
			code: 'empty',
			field: 'file',
			message: '“blank.txt” is empty. Choose a file with some text in it.'
		});
	});

	it('empty: a share with nothing in it says so', () => {
		expect(expectError(importShare({ text: ' \u0000 ', title: ' ' }))).toEqual({
			code: 'empty',
			field: 'text',
			message: 'Nothing was shared with Lectern. Share some text or a link, or paste the text here.'
		});
	});

	it('too-large: a big file gives its size and the limit', () => {
		const error = expectError(importFile(fileOf('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))));
		expect(error).toEqual({
			code: 'too-large',
			field: 'file',
			message:
				'“big.txt” is 5.1 MB, more than the 5 MB Lectern can open. Split it into smaller files and open them one at a time.'
		});
	});

	it('too-large: pasted text is measured in UTF-8 bytes', () => {
		const fits = 'é'.repeat(MAX_IMPORT_BYTES / 2);
		expect(importText(fits).ok).toBe(true);
		expect(expectError(importText(`${fits}é`))).toMatchObject({ code: 'too-large', field: 'text' });
		expect(expectError(importText(`${fits}é`)).message).toMatch(
			/^The pasted text is 5\.1 MB, more than the 5 MB/
		);
	});

	it('binary: an image renamed to .txt', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(expectError(importFile(fileOf('photo.txt', png)))).toEqual({
			code: 'binary',
			field: 'file',
			message: '“photo.txt” holds binary data, not text. Choose a .txt, .md or .html file instead.'
		});
	});

	it('encoding: a Latin-1 file', () => {
		expect(expectError(importFile(fileOf('café.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))))).toEqual({
			code: 'encoding',
			field: 'file',
			message:
				'“café.txt” is not UTF-8 text. Save it as UTF-8 (most editors offer this under Save As) and try again.'
		});
	});

	it('unsupported-type: names the file, what it is and what Lectern reads', () => {
		expect(expectError(importFile(fileOf('notes.pdf', utf8('%PDF-1.7'), 'application/pdf')))).toEqual({
			code: 'unsupported-type',
			field: 'file',
			message:
				'“notes.pdf” is a PDF file. Lectern can open .txt, .md, .html and .epub files; for anything else, copy the text and paste it.'
		});
		expect(expectError(importFile(fileOf('data', utf8('x'), 'application/octet-stream'))).message).toBe(
			'Lectern cannot open “data”. It can open .txt, .md, .html and .epub files; for anything else, copy the text and paste it.'
		);
	});

	it('no-content: a page with nothing to read', () => {
		expect(expectError(importFile(fileOf('empty.html', '<title>x</title><script>1</script>')))).toEqual({
			code: 'no-content',
			field: 'file',
			message:
				'“empty.html” has no readable text. Choose a file with the article’s text in it, or copy the text and paste it.'
		});
	});

	it('no-content: pasted text that is only markup', () => {
		expect(expectError(importText('#'))).toMatchObject({ code: 'no-content', field: 'text' });
	});

	it('no-content, never a throw, when the HTML parser itself fails', () => {
		const parseHtml = () => {
			throw new Error('parser broke');
		};
		const error = expectError(importFile(fileOf('page.html', '<p>x</p>'), { parseHtml }));
		expect(error).toMatchObject({ code: 'no-content', field: 'file', cause: new Error('parser broke') });
	});

	it('shortens a very long file name in the middle', () => {
		const name = `${'a'.repeat(100)}.pdf`;
		expect(expectError(importFile(fileOf(name, utf8('x')))).message).toMatch(
			/^“a{30}…a{26}\.pdf” is a PDF file/
		);
	});
});
