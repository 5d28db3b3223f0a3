// An EPUB book (2 or 3, without DRM) as one article: metadata from the package document, chapters in spine
// order, the table of contents as headings. Only XML and XHTML are unpacked, never pictures, fonts or scripts.
import { blockTexts } from '$lib/article/parse';
import type { Block, TextDirection } from '$lib/article/types';
import { utf8Length } from './decode';
import { readChapter, type ChapterMark } from './epub-chapter';
import {
	defaultParseXml,
	isEncrypted,
	packagePath,
	readNav,
	readNcx,
	readPackage,
	type EpubPackage,
	type ParseXml,
	type TocEntry
} from './epub-package';
import { outlineBlocks, type OutlineEntry } from './epub-outline';
import { listZip, unpack, type ZipEntry, type ZipProblem } from './epub-zip';
import {
	bookTooLongError,
	damagedEpubError,
	emptyError,
	encryptedEpubError,
	noContentError,
	noPackageError,
	notZipError,
	tooLargeError,
	unpacksTooLargeError
} from './errors';
import { defaultParseHtml, type ParseHtml } from './html';
import { MAX_EPUB_BYTES, MAX_EPUB_ENTRY_BYTES, MAX_EPUB_UNPACKED_BYTES, MAX_IMPORT_BYTES } from './limits';
import type { ImportError } from './types';

const CONTAINER = 'META-INF/container.xml';
const ENCRYPTION = 'META-INF/encryption.xml';
const LIMITS = { entryBytes: MAX_EPUB_ENTRY_BYTES, totalBytes: MAX_EPUB_UNPACKED_BYTES };

export interface EpubBook {
	title: string;
	lang?: string;
	dir?: TextDirection;
	blocks: Block[];
	/** The book's text in light Markdown, kept as the article's source since the ZIP itself is not. */
	text: string;
}

export type EpubResult = { ok: true; book: EpubBook } | { ok: false; error: ImportError };

export interface EpubOptions {
	title?: string;
	parseHtml?: ParseHtml;
	parseXml?: ParseXml;
}

class EpubFailure extends Error {
	constructor(readonly error: ImportError) {
		super(error.message);
	}
}

/** Text files in an EPUB are UTF-8 or UTF-16, told apart by a byte order mark. */
function decode(bytes: Uint8Array): string {
	const [first, second] = bytes;
	const encoding =
		first === 0xff && second === 0xfe ? 'utf-16le' : first === 0xfe && second === 0xff ? 'utf-16be' : 'utf-8';
	return new TextDecoder(encoding).decode(bytes);
}

/** The book's text as Markdown-like lines: what `parseArticle` would read back into the same shape. */
function bookText(title: string, blocks: readonly Block[]): string {
	const lines = blocks.map((block) => {
		if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${block.text}`;
		if (block.kind === 'list')
			return block.items.map((item, n) => `${block.ordered ? `${n + 1}.` : '-'} ${item}`).join('\n');
		if (block.kind === 'quote') return block.paragraphs.map((paragraph) => `> ${paragraph}`).join('\n>\n');
		return blockTexts(block).join('\n');
	});
	return [title, ...lines].join('\n\n');
}

function authorsLine(authors: readonly string[], lang: string | undefined): string {
	try {
		return new Intl.ListFormat(lang, { type: 'conjunction' }).format(authors);
	} catch {
		// A language tag Intl does not accept: the names still read well with commas
		return authors.join(', ');
	}
}

/** Reads one book from its archive, throwing an EpubFailure with the reader's sentence when it cannot. */
class EpubReader {
	private readonly entries: Map<string, ZipEntry>;

	constructor(
		private readonly bytes: Uint8Array,
		private readonly name: string
	) {
		const listing = listZip(bytes);
		if (!listing.ok) this.fail(listing.problem);
		this.entries = listing.ok ? listing.entries : new Map();
	}

	fail(problem: ZipProblem | 'no-package' | 'encrypted'): never {
		const errors = {
			'not-zip': notZipError,
			damaged: damagedEpubError,
			'too-large': unpacksTooLargeError,
			'no-package': noPackageError,
			encrypted: encryptedEpubError
		};
		throw new EpubFailure(errors[problem](this.name));
	}

	has(path: string): boolean {
		return this.entries.has(path);
	}

	texts(paths: Iterable<string>): Map<string, string> {
		const unpacked = unpack(this.bytes, this.entries, paths, LIMITS);
		if (!unpacked.ok) this.fail(unpacked.problem);
		return new Map(Array.from(unpacked.files, ([path, bytes]) => [path, decode(bytes)]));
	}

	text(path: string): string {
		return this.texts([path]).get(path) ?? '';
	}
}

function contents(
	book: EpubPackage,
	reader: EpubReader,
	parsers: { parseHtml: ParseHtml; parseXml: ParseXml },
	files: Map<string, string>
) {
	const { parseHtml, parseXml } = parsers;
	const { toc } = book;
	if (!toc || !files.has(toc.path)) return [];
	const source = files.get(toc.path) ?? '';
	const entries =
		toc.kind === 'nav' ? readNav(source, toc.path, parseHtml) : readNcx(source, toc.path, parseXml);
	// An EPUB 3 book may keep its EPUB 2 NCX too, for older readers; it serves when the nav has no entries
	if (entries.length > 0 || toc.kind === 'ncx' || !book.ncx || !reader.has(book.ncx)) return entries;
	return readNcx(reader.text(book.ncx), book.ncx, parseXml);
}

function readBook(bytes: Uint8Array, name: string, options: EpubOptions): EpubBook {
	const parseHtml = options.parseHtml ?? defaultParseHtml;
	const parseXml = options.parseXml ?? defaultParseXml;
	// Typed out, so TypeScript sees that `fail` never returns
	const reader: EpubReader = new EpubReader(bytes, name);
	if (!reader.has(CONTAINER)) reader.fail('no-package');
	const opfPath = packagePath(reader.text(CONTAINER), parseXml);
	if (!opfPath || !reader.has(opfPath)) reader.fail('no-package');
	const book = readPackage(reader.text(opfPath), opfPath, parseXml);
	if (!book) reader.fail('no-package');

	const chapters = [...new Set(book.spine.map((item) => item.path))];
	if (chapters.some((path) => !reader.has(path))) reader.fail('damaged');
	const needed = new Set([...chapters, ...(book.toc && reader.has(book.toc.path) ? [book.toc.path] : [])]);
	if (reader.has(ENCRYPTION) && isEncrypted(reader.text(ENCRYPTION), needed, parseXml))
		reader.fail('encrypted');
	const files = reader.texts(needed);

	// Placeholder headings carry a code no book contains, so a chapter's own text never passes for one
	const code = `lectern-contents-${Math.random().toString(36).slice(2)}-`;
	const marks = new Map<string, (ChapterMark & { entry: TocEntry })[]>();
	contents(book, reader, { parseHtml, parseXml }, files).forEach((entry, index) => {
		const list = marks.get(entry.path) ?? [];
		list.push({ fragment: entry.fragment, text: `${code}${index}`, entry });
		marks.set(entry.path, list);
	});
	let lang = book.lang;
	const outline = chapters.map((path) => {
		const chapterMarks = marks.get(path) ?? [];
		const chapter = readChapter(files.get(path) ?? '', chapterMarks, parseHtml);
		lang ??= chapter.lang;
		const entries = new Map<string, OutlineEntry>(chapterMarks.map((mark) => [mark.text, mark.entry]));
		return { drafts: chapter.drafts, entries };
	});
	const title = options.title?.trim() || book.title || name.replace(/\.epub\s*$/i, '').trim();
	const blocks = outlineBlocks(outline, title);
	if (blocks.length === 0) throw new EpubFailure(noContentError('file', name));
	if (book.authors.length > 0) blocks.unshift({ kind: 'standfirst', text: authorsLine(book.authors, lang) });
	const text = bookText(title, blocks);
	const size = utf8Length(text);
	if (size > MAX_IMPORT_BYTES) throw new EpubFailure(bookTooLongError(name, size));
	return { title, lang, dir: book.dir, blocks, text };
}

/** Reads an EPUB file: whatever is wrong with the book is a typed error with a sentence for the reader. */
export function readEpub(bytes: Uint8Array, name: string, options: EpubOptions = {}): EpubResult {
	if (bytes.length === 0) return { ok: false, error: emptyError('file', name) };
	if (bytes.length > MAX_EPUB_BYTES)
		return { ok: false, error: tooLargeError('file', bytes.length, name, MAX_EPUB_BYTES) };
	try {
		return { ok: true, book: readBook(bytes, name, options) };
	} catch (error) {
		if (error instanceof EpubFailure) return { ok: false, error: error.error };
		throw error;
	}
}
