import type { Block, TextDirection } from '$lib/article/types';

/** Which form control an error belongs to, so the page can point the reader at it. */
export type ImportField = 'text' | 'file';

export type ImportErrorCode =
	| 'empty'
	| 'too-large'
	| 'binary'
	| 'encoding'
	| 'unsupported-type'
	| 'no-content'
	/** An .epub that is not a ZIP archive at all. */
	| 'not-zip'
	/** A ZIP that is cut short or corrupt, or misses a file its book lists. */
	| 'damaged'
	/** A book whose chapters are encrypted (DRM). */
	| 'encrypted'
	/** A ZIP without the package document that makes it an EPUB. */
	| 'no-package'
	/** A ZIP that unpacks to more than Lectern's cap (a ZIP bomb, or a book far larger than any text). */
	| 'unpacks-too-large';

export interface ImportError {
	code: ImportErrorCode;
	field: ImportField;
	/** One sentence for the status region: what is wrong and what to do, naming the file when there is one. */
	message: string;
	/** For failures inside Lectern rather than in the input: the exception, for debugging. */
	cause?: unknown;
}

export interface ImportedArticle {
	title: string;
	lang: string;
	dir: TextDirection;
	blocks: Block[];
	wordCount: number;
	/**
	 * The decoded original text (HTML source for html), kept so the article can be re-parsed later; for a
	 * book, whose ZIP is not kept, its text in light Markdown.
	 */
	source: string;
	sourceKind: 'text' | 'markdown' | 'html' | 'note' | 'epub';
	/** Where it came from, for the library: "Pasted text", the file name, or the URL's host. */
	origin: string;
	/** True when `lang` came from script detection rather than from the document or the caller. */
	langDetected: boolean;
	/** For a URL-only note: the explanation shown to the reader after saving. */
	notice?: string;
}

export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; error: ImportError };

export interface ImportOptions {
	title?: string;
	/** A language the reader chose; it overrides the document's and detection. */
	lang?: string;
	/** Parses HTML without running scripts; defaults to the browser's DOMParser. */
	parseHtml?: (html: string) => Document;
}
