import type { Block, TextDirection } from '$lib/article/types';

/** Which form control an error belongs to, so the page can point the reader at it. */
export type ImportField = 'text' | 'file';

export type ImportErrorCode =
	'empty' | 'too-large' | 'binary' | 'encoding' | 'unsupported-type' | 'no-content';

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
	/** The decoded original text (HTML source for html), kept so the article can be re-parsed later. */
	source: string;
	sourceKind: 'text' | 'markdown' | 'html' | 'note';
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
