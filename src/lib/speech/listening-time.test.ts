import { describe, expect, it } from 'vitest';
import { shortTimeLeftLabel, SpeechPace, timeLeftLabel, timeLeftMs } from './listening-time';

describe('SpeechPace', () => {
	it('measures words a second from the last few sentence starts', () => {
		const pace = new SpeechPace(3);
		expect(pace.wordsPerSecond).toBeNull();
		pace.started(0, 10, 0);
		pace.started(1, 6, 2000); // 10 words in 2 s
		expect(pace.wordsPerSecond).toBe(5);
		pace.started(2, 4, 5000); // 6 words in 3 s
		expect(pace.wordsPerSecond).toBe(16 / 5);
	});

	it('keeps only the last few sentences', () => {
		const pace = new SpeechPace(2);
		pace.started(0, 100, 0);
		pace.started(1, 10, 1000); // 100 w/s: slow start forgotten below
		pace.started(2, 10, 2000);
		pace.started(3, 10, 3000);
		expect(pace.wordsPerSecond).toBe(10);
	});

	it('starts again after a jump or a reset', () => {
		const pace = new SpeechPace();
		pace.started(0, 10, 0);
		pace.started(1, 10, 1000);
		pace.started(7, 10, 1500);
		expect(pace.wordsPerSecond).toBeNull();
		pace.started(8, 10, 3500);
		expect(pace.wordsPerSecond).toBe(5);
		pace.reset();
		expect(pace.wordsPerSecond).toBeNull();
	});
});

describe('time left', () => {
	it('uses the measured pace, else 150 words a minute times the rate', () => {
		expect(timeLeftMs(300, 5, 1)).toBe(60_000);
		expect(timeLeftMs(300, null, 2)).toBe(60_000);
		expect(timeLeftMs(300, null, 1)).toBe(120_000);
	});

	it('says it in words', () => {
		expect(timeLeftLabel(180_000)).toBe('About 3 min left at this speed');
		expect(timeLeftLabel(20_000)).toBe('Less than a minute left');
		// The bar's short form gives the same figure, never "1 min" where the sheet says less than a minute
		expect(shortTimeLeftLabel(180_000)).toBe('3 min left');
		expect(shortTimeLeftLabel(20_000)).toBe('< 1 min left');
		expect(shortTimeLeftLabel(89_000)).toBe('1 min left');
		expect(timeLeftLabel(89_000)).toBe('About 1 min left at this speed');
	});
});
