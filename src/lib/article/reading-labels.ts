/**
 * What Lectern says about an article's length: reading time, word and other counts, in its own words (en-GB).
 * Apart from the word counter (./words), so a page that shows them loads no segmenter.
 *
 * Reading rate: Brysbaert, M. (2019). "How many words do we read per minute? A review and
 * meta-analysis of reading rate." Journal of Memory and Language, 109, 104047 — silent reading
 * of English non-fiction averages 238 words per minute.
 */

export const WORDS_PER_MINUTE = 238;

/** The language of Lectern's own words (and of its numbers), as the page's `<html lang>` says. */
export const UI_LOCALE = 'en-GB';

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

/**
 * A whole number as en-GB writes it ("1,234"), without `Intl`: a page's first `Intl` call is a long task
 * (ICU starting up), and the reader formats its word count while it hydrates.
 */
export function formatCount(value: number): string {
	if (!Number.isSafeInteger(value)) return value.toLocaleString(UI_LOCALE);
	const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
	return value < 0 ? `-${grouped}` : grouped;
}

/** "1 word", "1,234 words". */
export function wordsLabel(words: number): string {
	return words === 1 ? '1 word' : `${formatCount(words)} words`;
}
