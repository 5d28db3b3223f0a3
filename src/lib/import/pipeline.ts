import { blockTexts, blockWords, normalise, parseArticle } from '$lib/article/parse';
import type { Block, TextDirection } from '$lib/article/types';
import { countWords } from '$lib/article/words';
import { decodeBytes, utf8Length } from './decode';
import {
	binaryError,
	emptyError,
	emptyShareError,
	encodingError,
	MAX_IMPORT_BYTES,
	noContentError,
	tooLargeError,
	unsupportedTypeError
} from './errors';
import { readEpub } from './epub';
import { fileTypeOf } from './file-type';
import { firstWords, parseHtmlArticle } from './html';
import { detectLanguage, directionOf } from './language';
import { parseMarkdown } from './markdown';
import { linkNote, onlyUrl } from './note';
import type { ImportedArticle, ImportError, ImportField, ImportOptions, ImportResult } from './types';

const failed = (error: ImportError): ImportResult => ({ ok: false, error });
const imported = (article: ImportedArticle): ImportResult => ({ ok: true, article });

/**
 * Runs one import so that it never throws: a bug or a parser failure on strange input becomes a
 * `no-content` error the page can show, with the cause kept for debugging.
 */
function guarded(field: ImportField, name: string, run: () => ImportResult): ImportResult {
	try {
		return run();
	} catch (cause) {
		return failed({ ...noContentError(field, name), cause });
	}
}

function isBlank(text: string): boolean {
	return normalise(text).trim() === '';
}

function oversize(text: string): number | null {
	// No string of fewer than a third as many code units as the limit can exceed it: skip the count.
	if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
	const bytes = utf8Length(text);
	return bytes > MAX_IMPORT_BYTES ? bytes : null;
}

/** The reader's language wins, then the document's; detection only fills the gap. */
function language(text: string, given?: string, documentLang?: string, documentDir?: TextDirection) {
	const chosen = given?.trim();
	if (chosen) return { lang: chosen, dir: directionOf(chosen), langDetected: false };
	if (documentLang)
		return { lang: documentLang, dir: documentDir ?? directionOf(documentLang), langDetected: false };
	const detected = detectLanguage(text);
	return { lang: detected.lang, dir: documentDir ?? detected.dir, langDetected: true };
}

interface Parsed {
	title: string;
	blocks: Block[];
	lang?: string;
	dir?: TextDirection;
}

/** Fills in language, direction and word count, which depend on the final text. */
function finish(
	parsed: Parsed,
	source: Pick<ImportedArticle, 'source' | 'sourceKind' | 'origin'>,
	options: ImportOptions
): ImportedArticle {
	const text = [parsed.title, ...parsed.blocks.flatMap(blockTexts)].join('\n');
	const { lang, dir, langDetected } = language(text, options.lang, parsed.lang, parsed.dir);
	const title = parsed.title || firstWords(parsed.blocks);
	const wordCount = parsed.blocks.reduce(
		(sum, block) => sum + blockWords(block, lang),
		countWords(title, lang)
	);
	return { title, lang, dir, blocks: parsed.blocks, wordCount, ...source, langDetected };
}

/** Plain text or Markdown that has passed the size and emptiness checks. */
function fromText(
	text: string,
	kind: 'text' | 'markdown',
	origin: string,
	options: ImportOptions,
	failure: () => ImportError,
	trailing: Block[] = []
): ImportResult {
	const title = options.title?.trim() || undefined;
	const parse = kind === 'markdown' ? parseMarkdown : parseArticle;
	const article = parse(text, { title });
	if (article.title === '' && article.blocks.length === 0) return failed(failure());
	const blocks = [...article.blocks, ...trailing];
	return imported(
		finish({ title: article.title, blocks }, { source: text, sourceKind: kind, origin }, options)
	);
}

/** Imports pasted text. A lone URL becomes a note, since Lectern cannot fetch the page. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
	return guarded('text', '', () => {
		const value = String(text ?? '');
		const bytes = oversize(value);
		if (bytes !== null) return failed(tooLargeError('text', bytes));
		if (isBlank(value)) return failed(emptyError('text'));
		const link = onlyUrl(value);
		if (link) return imported(linkNote(link, value, options));
		return fromText(value, 'text', 'Pasted text', options, () => noContentError('text'));
	});
}

/** Imports a chosen or shared file: .txt, .md or .html in UTF-8 or UTF-16 with a BOM, or an .epub book. */
export function importFile(
	file: { name: string; type: string; bytes: Uint8Array },
	options: ImportOptions = {}
): ImportResult {
	const name = String(file?.name ?? '');
	return guarded('file', name, () => {
		const type = fileTypeOf(name, String(file.type ?? ''));
		if (!type.ok) return failed(unsupportedTypeError(name, type.description));
		if (type.kind === 'epub') {
			const read = readEpub(file.bytes, name, options);
			if (!read.ok) return failed(read.error);
			const { text, ...book } = read.book;
			return imported(finish(book, { source: text, sourceKind: 'epub', origin: name }, options));
		}
		const decoded = decodeBytes(file.bytes);
		if (!decoded.ok) {
			if (decoded.problem === 'too-large') return failed(tooLargeError('file', file.bytes.length, name));
			return failed(decoded.problem === 'binary' ? binaryError(name) : encodingError(name));
		}
		const text = decoded.text;
		if (isBlank(text)) return failed(emptyError('file', name));
		const noContent = () => noContentError('file', name);
		if (type.kind !== 'html') return fromText(text, type.kind, name, options, noContent);
		const parsed = parseHtmlArticle(text, options);
		if (!parsed) return failed(noContent());
		return imported(finish(parsed, { source: text, sourceKind: 'html', origin: name }, options));
	});
}

/**
 * Imports what another app shared (Web Share Target): the text, with the page's URL as its origin and last
 * paragraph; or, when only a link came, a note. Apps differ in where they put the URL, so a text that is
 * just the URL counts as no text.
 */
export function importShare(
	share: { title?: string; text?: string; url?: string },
	options: ImportOptions = {}
): ImportResult {
	return guarded('text', '', () => {
		const title = (share?.title ?? '').trim();
		const url = (share?.url ?? '').trim();
		let text = isBlank(share?.text ?? '') ? '' : (share?.text ?? '').trim();
		const link = onlyUrl(url);
		const textLink = onlyUrl(text);
		if (textLink && (!link || textLink.url.href === link.url.href)) text = '';
		const withTitle = { ...options, title: options.title?.trim() || title || undefined };
		const noteLink = link ?? textLink;
		if (text === '' && noteLink) return imported(linkNote(noteLink, noteLink.text, withTitle));
		// A title alone, or a URL that is not http(s), is still something the reader meant to keep.
		if (text === '' && url === '') {
			if (title === '') return failed(emptyShareError());
			return fromText(title, 'text', 'Shared text', options, () => noContentError('text'));
		}
		text ||= url;
		const trailing = link && !text.includes(link.text) ? `Shared from ${link.text}` : '';
		const source = trailing ? `${text}\n\n${trailing}` : text;
		const bytes = oversize(source);
		if (bytes !== null) return failed(tooLargeError('text', bytes));
		const origin = link?.url.hostname ?? 'Shared text';
		const lastBlock: Block[] = trailing ? [{ kind: 'paragraph', text: trailing }] : [];
		const result = fromText(text, 'text', origin, withTitle, () => noContentError('text'), lastBlock);
		return result.ok ? imported({ ...result.article, source }) : result;
	});
}
