// Word counts, as the parser and the importers take them.
import { segments } from './segmenter';

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
