import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCount, formatReadingTime, readingMinutes, UI_LOCALE, wordsLabel } from './reading-labels';
import { countWords } from './words';

const source = readFileSync(new URL('./rafah-crossing.txt', import.meta.url), 'utf8');

describe('countWords', () => {
	it('counts 570 words in the embedded article, spaced dashes included', () => {
		expect(countWords(source, 'en-GB')).toBe(570);
	});

	it('counts each whitespace-separated token once, hyphenated words, numbers and a spaced dash alike', () => {
		expect(countWords("two-thirds of 34,600 people's homes - gone")).toBe(7);
	});

	it('counts words in scripts written without spaces', () => {
		expect(countWords('我喜欢读书', 'zh')).toBeGreaterThanOrEqual(3);
		expect(countWords('東京に行きました', 'ja')).toBeGreaterThanOrEqual(3);
		expect(countWords('Hello 世界', 'zh')).toBe(2);
	});

	it('counts nothing in empty or blank text', () => {
		expect(countWords('')).toBe(0);
		expect(countWords(' \n\t ')).toBe(0);
	});
});

describe('readingMinutes', () => {
	it('rounds 238 words a minute up to whole minutes', () => {
		expect(readingMinutes(570)).toBe(3);
		expect(readingMinutes(238)).toBe(1);
		expect(readingMinutes(239)).toBe(2);
	});

	it('gives at least a minute for any text and none for no text', () => {
		expect(readingMinutes(1)).toBe(1);
		expect(readingMinutes(0)).toBe(0);
		expect(readingMinutes(Number.NaN)).toBe(0);
	});
});

describe('formatReadingTime', () => {
	it('labels minutes as "N min read", never below one minute', () => {
		expect(formatReadingTime(3)).toBe('3 min read');
		expect(formatReadingTime(0)).toBe('1 min read');
	});
});

describe('formatCount', () => {
	it('writes every whole number as Intl does for en-GB', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -999_999, max: 999_999 })),
				(n) => {
					expect(formatCount(n)).toBe(n.toLocaleString(UI_LOCALE));
				}
			)
		);
		for (const n of [0, 999, 1000, 12_345, 1_000_000, -1000, Number.MAX_SAFE_INTEGER])
			expect(formatCount(n)).toBe(n.toLocaleString(UI_LOCALE));
	});

	it('leaves what is not a whole number to Intl', () => {
		expect(formatCount(1234.5)).toBe('1,234.5');
		expect(formatCount(Infinity)).toBe('∞');
	});

	it('says "word" for one and groups the thousands', () => {
		expect(wordsLabel(1)).toBe('1 word');
		expect(wordsLabel(101_234)).toBe('101,234 words');
	});
});
