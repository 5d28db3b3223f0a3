import { describe, expect, it } from 'vitest';
import { countWords, sourceRevision } from './source-text';

describe('countWords', () => {
	it.each([
		['', 0],
		['   \n\t ', 0],
		['one', 1],
		['  Bees\n\nThey  dance\tto talk.  ', 5]
	])('counts %j as %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});
});

describe('sourceRevision', () => {
	it.each([
		['', '811c9dc5'],
		['a', 'e40c292c'],
		['foobar', 'bf9cf968']
	])('matches the published FNV-1a 32-bit value for %j', (text, hash) => {
		expect(sourceRevision(text)).toBe(hash);
	});

	it('gives the same text the same revision and a one-character edit a different one', () => {
		expect(sourceRevision('Rafah crossing')).toBe(sourceRevision('Rafah crossing'));
		expect(sourceRevision('Rafah crossing')).not.toBe(sourceRevision('Rafah crossing.'));
	});

	it('hashes text beyond ASCII by its UTF-8 bytes', () => {
		expect(sourceRevision('معبر رفح')).toMatch(/^[0-9a-f]{8}$/u);
		expect(sourceRevision('é')).not.toBe(sourceRevision('e\u0301'));
	});
});
