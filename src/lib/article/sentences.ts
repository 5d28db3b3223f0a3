import { segments } from './segmenter';
import type { Sentence, TextSpan } from './types';
import { countWords } from './words';

/** Longest speech chunk: long utterances make pausing and resuming speech coarse. */
export const MAX_CHUNK_CHARS = 200;
export const MAX_CHUNK_WORDS = 30;

interface Range {
	start: number;
	end: number;
}

const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Rev|Hon|Capt|Maj|Sen|Rep|Gov)\.$/;
const LATIN = /^etc\.$/i;
// Never the end of a sentence: "Pakistan vs. India".
const VERSUS = /^vs?\.$/i;
// Abbreviations that stand before a number: "No. 10", "Fig. 3", "approx. 90,000".
const BEFORE_NUMBER = /^(?:No|Nos|Fig|Figs|Vol|Art|Sec|approx|ca|pp?)\.$/i;
const FOR_EXAMPLE = /^(?:e\.g|i\.e)\.$/i;
const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const CLOSING_QUOTES = /^["'”’»)\]]+(?=\s|$)/;
const SPACED_CLAUSE_MARK = new Set([',', ';', ':']);
const CLAUSE_MARK = new Set(['—', '–', '，', '；', '：', '、']);

function isSpace(char: string | undefined): boolean {
	return char !== undefined && /\s/.test(char);
}

/** The range without surrounding whitespace, as a span of `text`. */
function trimmed(text: string, start: number, end: number): TextSpan {
	while (start < end && isSpace(text[start])) start++;
	while (end > start && isSpace(text[end - 1])) end--;
	return { text: text.slice(start, end), start, end };
}

/** The last whitespace-delimited word of a range, without opening brackets or quotes. */
function lastWord(text: string, range: Range): string {
	let end = range.end;
	while (end > range.start && isSpace(text[end - 1])) end--;
	// Only the tail matters, and slicing a whole long sentence on every merge would be quadratic.
	const tail = text.slice(Math.max(range.start, end - 24), end);
	const word = tail.split(/\s/).pop() ?? '';
	return word.replace(/^[\p{Ps}\p{Pi}"']+/u, '');
}

/** Whether the segmenter's break after `range` and before `after` is really inside an abbreviation. */
function isFalseBreak(text: string, range: Range, after: string): boolean {
	const word = lastWord(text, range);
	const next = after.trimStart();
	if (TITLE.test(word) || FOR_EXAMPLE.test(word) || ACRONYM.test(word) || VERSUS.test(word)) return true;
	if (LATIN.test(word)) return /^\p{Ll}/u.test(next);
	if (BEFORE_NUMBER.test(word)) return /^\p{N}/u.test(next);
	return INITIAL.test(word) && /^\p{Lu}/u.test(next);
}

/** Sentence ranges from the segmenter, with abbreviation breaks undone and closing quotes kept. */
function sentenceRanges(text: string, lang: string): Range[] {
	const merged: Range[] = [];
	for (const segment of segments(text, lang, 'sentence')) {
		const current = { start: segment.index, end: segment.index + segment.segment.length };
		const last = merged[merged.length - 1];
		if (last) {
			const quote = /[.!?…]/.test(text[last.end - 1] ?? '') ? CLOSING_QUOTES.exec(segment.segment) : null;
			const moved = quote?.[0].length ?? 0;
			last.end += moved;
			current.start += moved;
			const after = text.slice(current.start, current.end);
			if (after.trim() === '' || isFalseBreak(text, last, after)) {
				last.end = current.end;
				continue;
			}
		}
		merged.push(current);
	}
	return merged;
}

// Cutting between a high and a low surrogate would leave two broken characters.
function splitsSurrogatePair(text: string, index: number): boolean {
	return /[\uD800-\uDBFF]/.test(text[index - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[index] ?? '');
}

function withinLimits(span: TextSpan, lang: string): boolean {
	return span.text.length <= MAX_CHUNK_CHARS && countWords(span.text, lang) <= MAX_CHUNK_WORDS;
}

/** The cut position in (span.start, span.end) accepted by `isCut` that lies nearest the middle, or -1. */
function nearestCut(span: TextSpan, isCut: (index: number) => boolean): number {
	const middle = Math.floor((span.start + span.end) / 2);
	for (let distance = 0; distance < span.end - span.start; distance++) {
		const after = middle + distance;
		const before = middle - distance;
		if (after < span.end && after > span.start && isCut(after)) return after;
		if (before > span.start && before < span.end && isCut(before)) return before;
	}
	return -1;
}

/** A word boundary near the middle, for scripts without spaces; only the middle is segmented, to stay cheap. */
function wordBoundaryCut(text: string, span: TextSpan, lang: string): number {
	const middle = Math.floor((span.start + span.end) / 2);
	const from = Math.max(span.start, middle - 100);
	const boundaries = new Set<number>();
	for (const segment of segments(text.slice(from, Math.min(span.end, middle + 100)), lang, 'word'))
		if (segment.index > 0) boundaries.add(from + segment.index);
	return nearestCut(span, (index) => boundaries.has(index));
}

/** Where to cut a long span: after clause punctuation, else at a space, else at a word or code-point boundary. */
function cutPosition(text: string, span: TextSpan, lang: string): number {
	const afterClause = nearestCut(span, (index) => {
		const mark = text[index - 1] ?? '';
		return CLAUSE_MARK.has(mark) || (SPACED_CLAUSE_MARK.has(mark) && isSpace(text[index]));
	});
	if (afterClause > 0) return afterClause;
	const atSpace = nearestCut(span, (index) => isSpace(text[index]));
	if (atSpace > 0) return atSpace;
	const atWord = wordBoundaryCut(text, span, lang);
	if (atWord > 0) return atWord;
	return nearestCut(span, (index) => !splitsSurrogatePair(text, index));
}

/** Cuts a span into speech chunks, halving at the most natural pause until every chunk is within limits. */
function chunk(text: string, span: TextSpan, lang: string): TextSpan[] {
	if (withinLimits(span, lang)) return [span];
	const cut = cutPosition(text, span, lang);
	if (cut <= span.start || cut >= span.end) return [span];
	const left = trimmed(text, span.start, cut);
	const right = trimmed(text, cut, span.end);
	if (left.text === '' || right.text === '') return [span];
	return [...chunk(text, left, lang), ...chunk(text, right, lang)];
}

/**
 * Splits text into sentences with offsets into `text`, each cut into speech chunks of at most
 * MAX_CHUNK_CHARS characters and MAX_CHUNK_WORDS words. Never throws; blank text gives [].
 */
export function splitSentences(text: string, lang: string): Sentence[] {
	const sentences: Sentence[] = [];
	for (const range of sentenceRanges(text, lang)) {
		const span = trimmed(text, range.start, range.end);
		if (span.text !== '') sentences.push({ ...span, chunks: chunk(text, span, lang) });
	}
	return sentences;
}
