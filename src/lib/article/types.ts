/** Text direction of an article, as HTML's `dir` attribute takes it. */
export type TextDirection = 'ltr' | 'rtl';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** One block of an article's body, in reading order. The title is not a block. */
export type Block =
	| { kind: 'standfirst'; text: string }
	| { kind: 'heading'; level: HeadingLevel; text: string; id: string }
	| { kind: 'paragraph'; text: string }
	/** `levels` (0 = top) is there only when some item is nested, so older stored lists read as they were. */
	| { kind: 'list'; ordered: boolean; items: string[]; levels?: number[] }
	| { kind: 'quote'; paragraphs: string[] }
	/** A related-content promo line such as "Middle East latest: Follow live updates". */
	| { kind: 'aside'; label: string; text: string }
	/** A byline, dateline or "Published/Updated" line: shown and read once with the title, not as the story. */
	| { kind: 'meta'; text: string };

export interface Article {
	id: string;
	title: string;
	/** BCP 47 language tag, e.g. `en-GB`. */
	lang: string;
	dir: TextDirection;
	blocks: Block[];
	/** Words in the title and every block. */
	wordCount: number;
}

export interface ParseOptions {
	/** Stable id; derived from the title when absent. */
	id?: string;
	lang?: string;
	dir?: TextDirection;
	/** A title given separately; when absent the first line is the title. */
	title?: string;
}

/** A span of text with offsets into the string it came from: `text === source.slice(start, end)`. */
export interface TextSpan {
	text: string;
	start: number;
	end: number;
}

/** A display sentence and the speech chunks it is cut into (one chunk when it is short). */
export interface Sentence extends TextSpan {
	chunks: TextSpan[];
}
