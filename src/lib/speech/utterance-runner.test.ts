import { describe, expect, it } from 'vitest';
import { wordLength } from './utterance-runner';

describe('wordLength (boundary events without charLength)', () => {
	it('ends at the word, leaving out punctuation after it', () => {
		const text = 'Hamas said its chief, Ismail Haniyeh, had informed';
		expect(text.slice(15, 15 + wordLength(text, 15, 'en-GB'))).toBe('chief');
	});

	it('takes in an opening quotation mark and stops at the word', () => {
		const text = 'He said: “Nobody knows.”';
		const at = text.indexOf('“');
		expect(text.slice(at, at + wordLength(text, at, 'en-GB'))).toBe('“Nobody');
	});

	it('finds one word in a script written without spaces', () => {
		const text = '今日は良い天気です';
		const length = wordLength(text, 0, 'ja');
		expect(length).toBeGreaterThan(0);
		expect(length).toBeLessThan(text.length);
	});

	it('is 0 past the last word', () => {
		expect(wordLength('End.', 3, 'en')).toBe(0);
	});
});
