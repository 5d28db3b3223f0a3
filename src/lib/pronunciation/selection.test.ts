import { describe, expect, it } from 'vitest';
import { phraseToFix } from './selection';

describe('the phrase a selection offers to fix', () => {
	it('takes a word as written, without the punctuation or spaces around it', () => {
		expect(phraseToFix('bore')).toBe('bore');
		expect(phraseToFix('  “Rafah,” ')).toBe('Rafah');
		expect(phraseToFix('forms.')).toBe('forms');
		expect(phraseToFix('(Gaza)')).toBe('Gaza');
	});

	it('keeps the full stops of an abbreviation and the inside of a short phrase', () => {
		expect(phraseToFix('U.S.')).toBe('U.S.');
		expect(phraseToFix('Dr.')).toBe('Dr');
		expect(phraseToFix('No. 10')).toBe('No. 10');
		expect(phraseToFix('Kerem  Shalom')).toBe('Kerem Shalom');
		expect(phraseToFix('l’Hôpital')).toBe('l’Hôpital');
	});

	it('offers nothing for a paragraph, a long phrase, a line break or no letters', () => {
		expect(phraseToFix('')).toBeNull();
		expect(phraseToFix(' , ')).toBeNull();
		expect(phraseToFix('1996')).toBeNull();
		expect(phraseToFix('one two three four five')).toBeNull();
		expect(phraseToFix('How the bore\nforms')).toBeNull();
		expect(phraseToFix('a'.repeat(41))).toBeNull();
		expect(phraseToFix('one two three four')).toBe('one two three four');
	});
});
