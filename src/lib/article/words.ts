/**
 * Word counts and reading-time estimates.
 *
 * Reading rate: Brysbaert, M. (2019). "How many words do we read per minute? A review and
 * meta-analysis of reading rate." Journal of Memory and Language, 109, 104047 — silent reading
 * of English non-fiction averages 238 words per minute.
 */

import { segments } from './segmenter';

export const WORDS_PER_MINUTE = 238;

// Scripts written without spaces between words, where a whitespace token can hold a whole sentence.
const SPACELESS_SCRIPT =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * Counts words as whitespace-delimited tokens, the convention of `wc -w` and word processors (so a
 * spaced dash counts, which is how the embedded article's published 570 is reached); a token in a
 * script written without spaces (Chinese, Japanese, Thai…) counts its `Intl.Segmenter` word-like
 * segments instead.
 */
export function countWords(text: string, lang?: string): number {
	let count = 0;
	const spaceless: string[] = [];
	for (const token of text.split(/\s+/)) {
		if (token === '') continue;
		if (SPACELESS_SCRIPT.test(token)) spaceless.push(token);
		else count++;
	}
	// One segmenter pass over all such tokens is far cheaper than one per token; segments never span the spaces.
	for (const segment of segments(spaceless.join(' '), lang, 'word')) if (segment.isWordLike) count++;
	return count;
}

/** Whole minutes to read `words` silently, rounded up so any non-empty text takes at least a minute. */
export function readingMinutes(words: number): number {
	if (!Number.isFinite(words) || words <= 0) return 0;
	return Math.ceil(words / WORDS_PER_MINUTE);
}

/** The label shown beside an article, e.g. "3 min read"; never less than one minute. */
export function formatReadingTime(minutes: number): string {
	const whole = Number.isFinite(minutes) ? Math.max(1, Math.ceil(minutes)) : 1;
	return `${whole} min read`;
}
