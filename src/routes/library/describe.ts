// What the library says about each article, as plain functions of its record: the page renders these strings,
// the unit tests check them. The interface speaks British English, so numbers and dates use en-GB.
import type { TextDirection } from '$lib/article/types';
import {
	UI_LOCALE,
	formatCount,
	formatReadingTime,
	readingMinutes,
	wordsLabel
} from '$lib/article/reading-labels';
import { SPEECH_WORDS_PER_MINUTE } from '$lib/speech/listening-time';

export { wordsLabel };

/**
 * Where the embedded article comes from, for its prerendered entry: the words storage records for it
 * (EMBEDDED_ORIGIN in $lib/storage/embedded-article), kept here so the first paint imports no storage code.
 */
export const EMBEDDED_ORIGIN = 'Comes with Lectern';

/** What the library needs of an article: no text, no blocks, so a long list stays light. */
export interface LibraryEntry {
	id: string;
	title: string;
	lang: string;
	dir: TextDirection;
	wordCount: number;
	blockCount?: number;
	origin?: string;
	createdAt?: number;
	openedAt?: number;
	/** The index of the block the reader reached, when they have started it. */
	reached?: number;
	/** When read-aloud last spoke in it. */
	spokenAt?: number;
}

export type LibrarySort = 'recent' | 'title';

export const SORT_CHOICES: readonly { value: LibrarySort; label: string }[] = [
	{ value: 'recent', label: 'Recently opened' },
	{ value: 'title', label: 'Title (A to Z)' }
];

/** A remembered sort choice, or the default when it is missing or from some other version. */
export function sortFrom(value: unknown): LibrarySort {
	return SORT_CHOICES.find((choice) => choice.value === value)?.value ?? 'recent';
}

export function titleOf(entry: Pick<LibraryEntry, 'title'>): string {
	return entry.title.trim() || 'Untitled';
}

export function readingLabel(words: number): string {
	return formatReadingTime(readingMinutes(words));
}

/** Listening time at the voice's normal rate, never less than a minute, e.g. "4 min listen". */
export function listeningLabel(words: number): string {
	const minutes = Number.isFinite(words) && words > 0 ? Math.ceil(words / SPEECH_WORDS_PER_MINUTE) : 1;
	return `${minutes} min listen`;
}

/** "Not started", "Read 40%" or "Finished", from the block reached out of the article's blocks. */
export function progressLabel(reached: number | undefined, blockCount: number | undefined): string {
	if (reached === undefined || reached < 0) return 'Not started';
	if (!blockCount || blockCount <= 0) return 'Started';
	const done = (reached + 1) / blockCount;
	if (done >= 1) return 'Finished';
	// 99.6% rounds to 100, which would read as finished when the last block is still ahead.
	return `Read ${Math.min(99, Math.max(1, Math.round(done * 100)))}%`;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from `then` to `now` in the reader's time zone, so "yesterday" means the day before. */
function daysBetween(then: number, now: number): number {
	const midnight = (time: number) => {
		const date = new Date(time);
		return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
	};
	return Math.round((midnight(now) - midnight(then)) / DAY);
}

/** "today", "yesterday", "3 days ago", "last week", "2 months ago"… */
export function daysAgo(then: number, now: number): string {
	const days = Math.max(0, daysBetween(then, now));
	const format = new Intl.RelativeTimeFormat(UI_LOCALE, { numeric: 'auto' });
	if (days < 7) return format.format(-days, 'day');
	if (days < 30) return format.format(-Math.floor(days / 7), 'week');
	if (days < 365) return format.format(-Math.floor(days / 30), 'month');
	return format.format(-Math.floor(days / 365), 'year');
}

/** "Opened 3 days ago", or for an article never opened "Added today, not opened yet". */
export function openedLabel(entry: Pick<LibraryEntry, 'createdAt' | 'openedAt'>, now: number): string {
	if (entry.openedAt !== undefined) return `Opened ${daysAgo(entry.openedAt, now)}`;
	if (entry.createdAt !== undefined) return `Added ${daysAgo(entry.createdAt, now)}, not opened yet`;
	return 'Not opened yet';
}

/** "Showing 50 of 1,000 articles" */
export function showingLabel(shown: number, total: number): string {
	return `Showing ${formatCount(shown)} of ${formatCount(total)} articles`;
}

/** The article read aloud most recently among those listed, for the "Last played" badge. */
export function lastPlayedOf(entries: readonly LibraryEntry[]): string | null {
	let last: LibraryEntry | null = null;
	for (const entry of entries)
		if (entry.spokenAt !== undefined && entry.spokenAt > (last?.spokenAt ?? -Infinity)) last = entry;
	return last?.id ?? null;
}
