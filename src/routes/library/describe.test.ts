import { describe, expect, it } from 'vitest';
import { EMBEDDED_ORIGIN as STORED_ORIGIN } from '$lib/storage/embedded-article';
import {
	EMBEDDED_ORIGIN,
	daysAgo,
	lastPlayedOf,
	listeningLabel,
	openedLabel,
	progressLabel,
	readingLabel,
	showingLabel,
	sortFrom,
	titleOf,
	wordsLabel
} from './describe';

/** Noon on a day, local time, so "days ago" never straddles a midnight by accident. */
const noon = (day: number) => new Date(2025, 2, day, 12).getTime();
const HOUR = 60 * 60 * 1000;

describe('the facts beside each article', () => {
	it('gives the length in words, with thousands separated, and one word in the singular', () => {
		expect(wordsLabel(570)).toBe('570 words');
		expect(wordsLabel(12_345)).toBe('12,345 words');
		expect(wordsLabel(1)).toBe('1 word');
	});

	it('gives reading and listening time in whole minutes, never less than one', () => {
		expect(readingLabel(570)).toBe('3 min read');
		expect(listeningLabel(570)).toBe('4 min listen');
		expect(listeningLabel(150)).toBe('1 min listen');
		expect(listeningLabel(151)).toBe('2 min listen');
		expect(listeningLabel(0)).toBe('1 min listen');
	});

	it('calls an article without a title "Untitled"', () => {
		expect(titleOf({ title: '  ' })).toBe('Untitled');
		expect(titleOf({ title: 'Notes' })).toBe('Notes');
	});

	it('labels the prerendered entry as storage labels the embedded article', () => {
		expect(EMBEDDED_ORIGIN).toBe(STORED_ORIGIN);
	});
});

describe('progressLabel', () => {
	it('says "Not started" before the reader has a place in it', () => {
		expect(progressLabel(undefined, 10)).toBe('Not started');
	});

	it('counts the block reached as read', () => {
		expect(progressLabel(3, 10)).toBe('Read 40%');
		expect(progressLabel(0, 22)).toBe('Read 5%');
	});

	it('says "Finished" at the last block, and never 100% before it', () => {
		expect(progressLabel(9, 10)).toBe('Finished');
		expect(progressLabel(12, 10)).toBe('Finished');
		expect(progressLabel(298, 300)).toBe('Read 99%');
	});

	it('says "Started" when the article does not say how many blocks it has', () => {
		expect(progressLabel(4, undefined)).toBe('Started');
	});
});

describe('openedLabel', () => {
	it('says when the article was last opened, in calendar days', () => {
		expect(openedLabel({ openedAt: noon(10) - 2 * HOUR, createdAt: noon(1) }, noon(10))).toBe('Opened today');
		expect(openedLabel({ openedAt: noon(9) + 11 * HOUR }, noon(10) - 11 * HOUR)).toBe('Opened yesterday');
		expect(openedLabel({ openedAt: noon(7) }, noon(10))).toBe('Opened 3 days ago');
		expect(openedLabel({ openedAt: noon(1) }, noon(15))).toBe('Opened 2 weeks ago');
	});

	it('says when an article never opened was added', () => {
		expect(openedLabel({ createdAt: noon(10) }, noon(10))).toBe('Added today, not opened yet');
		expect(openedLabel({ createdAt: noon(5) }, noon(10))).toBe('Added 5 days ago, not opened yet');
	});

	it('counts months and years for old articles, and a clock set back as today', () => {
		expect(daysAgo(noon(1) - 62 * 24 * HOUR, noon(1))).toBe('2 months ago');
		expect(daysAgo(noon(1) - 400 * 24 * HOUR, noon(1))).toBe('last year');
		expect(daysAgo(noon(2), noon(1))).toBe('today');
	});
});

describe('the list', () => {
	it('says how much of a long library is shown', () => {
		expect(showingLabel(50, 1_000)).toBe('Showing 50 of 1,000 articles');
	});

	it('falls back to "Recently opened" for a missing or unknown remembered sort', () => {
		expect(sortFrom('title')).toBe('title');
		expect(sortFrom(null)).toBe('recent');
		expect(sortFrom('updated')).toBe('recent');
	});

	it('marks the article read aloud most recently as "Last played", none before any was', () => {
		const entry = (id: string, spokenAt?: number) => ({
			id,
			title: id,
			lang: 'en',
			dir: 'ltr' as const,
			wordCount: 9,
			spokenAt
		});
		expect(lastPlayedOf([entry('a'), entry('b')])).toBeNull();
		expect(lastPlayedOf([entry('a', 5), entry('b'), entry('c', 9), entry('d', 7)])).toBe('c');
	});
});
