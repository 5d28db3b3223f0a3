import { describe, expect, it } from 'vitest';
import { extensionOf, fileTypeOf, maxFileBytes } from './file-type';
import { MAX_EPUB_BYTES, MAX_IMPORT_BYTES } from './limits';

describe('fileTypeOf', () => {
	it.each([
		['notes.txt', 'text'],
		['NOTES.TXT', 'text'],
		['README.md', 'markdown'],
		['guide.Markdown', 'markdown'],
		['page.html', 'html'],
		['PAGE.HTM', 'html'],
		['Novel.EPUB', 'epub']
	])('reads %s as %s whatever the MIME type says', (name, kind) => {
		expect(fileTypeOf(name, '')).toEqual({ ok: true, kind });
		expect(fileTypeOf(name, 'application/octet-stream')).toEqual({ ok: true, kind });
	});

	it('lets the MIME type decide for a file without an extension', () => {
		expect(fileTypeOf('README', 'text/plain')).toEqual({ ok: true, kind: 'text' });
		expect(fileTypeOf('README', 'text/plain; charset=utf-8')).toEqual({ ok: true, kind: 'text' });
		expect(fileTypeOf('notes', 'text/markdown')).toEqual({ ok: true, kind: 'markdown' });
		expect(fileTypeOf('saved', 'TEXT/HTML')).toEqual({ ok: true, kind: 'html' });
		expect(fileTypeOf('book', 'application/epub+zip')).toEqual({ ok: true, kind: 'epub' });
	});

	it('lets the MIME type decide for an unknown extension such as .log', () => {
		expect(fileTypeOf('server.log', 'text/plain')).toEqual({ ok: true, kind: 'text' });
	});

	it.each([
		['notes.pdf', 'a PDF file'],
		['Essay.DOCX', 'a word-processor document'],
		['novel.mobi', 'an e-book'],
		['photo.png', 'an image'],
		['archive.tar.gz', 'a compressed archive']
	])('refuses %s and says it is %s, even when the MIME type claims text', (name, description) => {
		expect(fileTypeOf(name, 'text/plain')).toEqual({ ok: false, description });
	});

	it('describes an unknown file by its MIME type when it can', () => {
		expect(fileTypeOf('scan', 'image/jpeg')).toEqual({ ok: false, description: 'an image' });
		expect(fileTypeOf('blob', 'application/octet-stream')).toEqual({ ok: false });
		expect(fileTypeOf('', '')).toEqual({ ok: false });
	});

	it('is not fooled by names that match Object.prototype members', () => {
		expect(fileTypeOf('x.constructor', '')).toEqual({ ok: false });
		expect(fileTypeOf('x.__proto__', '')).toEqual({ ok: false });
	});
});

describe('maxFileBytes', () => {
	it('allows an EPUB 50 MB, since its pictures are never unpacked, and any other file 5 MB', () => {
		expect(maxFileBytes('book.epub', '')).toBe(MAX_EPUB_BYTES);
		expect(maxFileBytes('book', 'application/epub+zip')).toBe(MAX_EPUB_BYTES);
		expect(maxFileBytes('notes.txt', 'application/epub+zip')).toBe(MAX_IMPORT_BYTES);
		expect(maxFileBytes('photo.png', '')).toBe(MAX_IMPORT_BYTES);
	});
});

describe('extensionOf', () => {
	it('takes the part after the last dot of the base name, lower-cased', () => {
		expect(extensionOf('a.b.TXT')).toBe('txt');
		expect(extensionOf('folder.d/README')).toBe('');
		expect(extensionOf('.profile')).toBe('');
		expect(extensionOf('no-extension')).toBe('');
	});
});
