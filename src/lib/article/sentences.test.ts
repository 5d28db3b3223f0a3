import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockTexts, parseArticle } from './parse';
import { MAX_CHUNK_CHARS, MAX_CHUNK_WORDS, splitSentences } from './sentences';
import type { Sentence } from './types';
import { countWords } from './words';

const source = readFileSync(new URL('./rafah-crossing.txt', import.meta.url), 'utf8');
const article = parseArticle(source, { lang: 'en-GB' });
const texts = article.blocks.flatMap(blockTexts);

function sentenceTexts(text: string): string[] {
	return splitSentences(text, 'en').map((s) => s.text);
}

/** Checks that sentences and their chunks are trimmed, ordered, disjoint and map back to `text` by offsets. */
function expectWellFormed(text: string, sentences: Sentence[]): void {
	let previousEnd = 0;
	for (const sentence of sentences) {
		expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		expect(sentence.text).toBe(sentence.text.trim());
		expect(sentence.text).not.toBe('');
		expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
		previousEnd = sentence.end;
		let chunkEnd = sentence.start;
		for (const chunk of sentence.chunks) {
			expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
			expect(chunk.start).toBeGreaterThanOrEqual(chunkEnd);
			expect(chunk.end).toBeLessThanOrEqual(sentence.end);
			chunkEnd = chunk.end;
		}
	}
}

describe('splitSentences on the embedded article', () => {
	it('maps every sentence and chunk of every block back to its text, covering all its words', () => {
		for (const text of texts) {
			const sentences = splitSentences(text, 'en-GB');
			expectWellFormed(text, sentences);
			expect(sentences.map((s) => s.text).join(' ')).toBe(text);
			expect(sentences.flatMap((s) => s.chunks.map((c) => c.text)).join(' ')).toBe(text);
		}
	});

	it('finds 25 sentences in the 23 blocks: two paragraphs hold two sentences', () => {
		expect(texts).toHaveLength(23);
		expect(texts.flatMap((text) => sentenceTexts(text))).toHaveLength(25);
		expect(sentenceTexts('Ceasefire deal rejected')).toEqual(['Ceasefire deal rejected']);
	});

	it('does not split after "Mr" and keeps the closing quote with its sentence', () => {
		const paragraph = texts.find((text) => text.startsWith('Thousands of Israelis'));
		expect(sentenceTexts(paragraph ?? '')).toEqual([
			'Thousands of Israelis protested around the country calling for an immediate agreement.',
			'In Jerusalem, around a hundred marched towards Mr Netanyahu\'s home with a banner reading: "The blood is on your hands."'
		]);
	});

	it('splits a two-sentence paragraph in two', () => {
		const paragraph = texts.find((text) => text.startsWith("Qatar's foreign ministry"));
		expect(sentenceTexts(paragraph ?? '')).toHaveLength(2);
	});
});

describe('splitSentences with abbreviations and quotes', () => {
	it('does not split after titles, e.g., dotted acronyms, No. or initials', () => {
		expect(sentenceTexts('Dr. Smith arrived. He sat.')).toEqual(['Dr. Smith arrived.', 'He sat.']);
		expect(sentenceTexts('U.S. officials said. The U.S. Army came.')).toEqual([
			'U.S. officials said.',
			'The U.S. Army came.'
		]);
		expect(sentenceTexts('Use e.g. this one. Or e.g. London.')).toEqual([
			'Use e.g. this one.',
			'Or e.g. London.'
		]);
		expect(sentenceTexts('J. R. R. Tolkien wrote books. He died.')).toEqual([
			'J. R. R. Tolkien wrote books.',
			'He died.'
		]);
		expect(sentenceTexts('He lives at No. 10 Downing Street.')).toHaveLength(1);
	});

	it('splits after etc. or vs. only when a capital follows', () => {
		expect(sentenceTexts('Tea, coffee etc. and more. Done etc. Next.')).toEqual([
			'Tea, coffee etc. and more.',
			'Done etc.',
			'Next.'
		]);
	});

	it('keeps straight and curly closing quotes with their sentence', () => {
		expect(sentenceTexts('He said "Stop." Then left.')).toEqual(['He said "Stop."', 'Then left.']);
		expect(sentenceTexts('She said “Go.” He went.')).toEqual(['She said “Go.”', 'He went.']);
	});

	it('trims surrounding whitespace and offsets account for it', () => {
		const [sentence] = splitSentences('  Hi there.  ', 'en');
		expect(sentence).toMatchObject({ text: 'Hi there.', start: 2, end: 11 });
	});

	it('returns no sentences for empty or blank text, and survives a malformed language tag', () => {
		expect(splitSentences('', 'en')).toEqual([]);
		expect(splitSentences(' \n\t ', 'en')).toEqual([]);
		expect(sentenceTexts('One. Two.')).toEqual(splitSentences('One. Two.', 'not a tag!').map((s) => s.text));
	});
});

describe('splitSentences speech chunks', () => {
	it('gives a short sentence exactly one chunk equal to itself', () => {
		const [sentence] = splitSentences('A short sentence.', 'en');
		expect(sentence?.chunks).toEqual([{ text: 'A short sentence.', start: 0, end: 17 }]);
	});

	it('cuts a 300-character sentence at clause punctuation into chunks within the limits', () => {
		const clause = 'the committee met again to discuss the long report on regional transport';
		const text = `${[clause, clause, clause, clause].join(', ')}.`;
		expect(text.length).toBeGreaterThan(290);
		const [sentence] = splitSentences(text, 'en');
		expectWellFormed(text, splitSentences(text, 'en'));
		expect(sentence?.chunks.length).toBeGreaterThan(1);
		for (const chunk of sentence?.chunks ?? []) {
			expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
			expect(countWords(chunk.text)).toBeLessThanOrEqual(MAX_CHUNK_WORDS);
			expect(chunk.text).toMatch(/[,.]$/);
		}
	});

	it('cuts at spaces when there is no punctuation, and inside unspaced scripts', () => {
		for (const text of ['word '.repeat(80).trim(), '你好世界'.repeat(80)]) {
			const [sentence] = splitSentences(text, 'zh');
			expect(sentence?.chunks.map((c) => c.text).join(text.includes(' ') ? ' ' : '')).toBe(text);
			expect(sentence?.chunks.every((c) => c.text.length <= MAX_CHUNK_CHARS)).toBe(true);
		}
	});
});

describe('splitSentences properties', () => {
	const textLike = fc.oneof(
		fc.string({ unit: 'binary' }),
		fc
			.array(
				fc.constantFrom(
					'Mr. ',
					'Dr. ',
					'U.S. ',
					'e.g. ',
					'J. ',
					'No. 5 ',
					'word ',
					'Word, ',
					'"Hi." ',
					'. ',
					'! ',
					'你好。',
					'مرحبا. ',
					'\n',
					'\uD800'
				),
				{ maxLength: 120 }
			)
			.map((parts) => parts.join(''))
	);

	it('never throws and gives ordered, disjoint sentences and chunks that map back by offsets', () => {
		fc.assert(
			fc.property(textLike, (text) => {
				expectWellFormed(text, splitSentences(text, 'en'));
			}),
			{ numRuns: 300 }
		);
	});
});
