import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockTexts, parseArticle } from './parse';
import type { Article } from './types';

// The benchmark runs these with FC_RUNS=10000; the time limit grows with the run count.
const RUNS = Number(process.env.FC_RUNS ?? 300);
const TIMEOUT = Math.max(10_000, RUNS * 20);

// Tokens that only mark structure up (heading hashes, bullets, list numbers and letters, quote marks) and
// are not words.
const MARKUP = /^(?:#+|>+|[-*•–·◦▪]|\p{Nd}+[.)]|\(?(?:[a-zA-Z]|[ivx]{2,4})\))$/u;

/**
 * Whitespace-separated words (control characters count as whitespace) with pure markup dropped. Colons
 * count as spaces: a promo reads "Label: headline" whatever colon and spacing the source set after its label.
 */
function words(text: string): string[] {
	return (
		text
			// eslint-disable-next-line no-control-regex -- the parser turns control characters into spaces
			.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F]/g, ' ')
			.replace(/[:：]/gu, ' ')
			.split(/\s+/)
			.filter((token) => token !== '' && !MARKUP.test(token))
	);
}

function outputWords(article: Article): string[] {
	return [article.title, ...article.blocks.flatMap(blockTexts)].flatMap(words);
}

const pieces = fc.constantFrom(
	'\n',
	'\n\n',
	'\r\n',
	'\r',
	'\uFEFF',
	'# ',
	'## ',
	'####### ',
	'- ',
	'* ',
	'• ',
	'1. ',
	'2) ',
	'> ',
	'>',
	': ',
	'.',
	',',
	' ',
	'\t',
	'\u0000',
	'\u0007',
	'\u001B',
	'\u2028',
	'\uD800',
	'Label',
	'– ',
	'· ',
	'a) ',
	'(b) ',
	'١. ',
	'    ',
	'Read more: ',
	'Read more',
	'اقرأ أيضا：',
	'By Ann Lee',
	'Published 6 May 2024',
	'Part two',
	'Why now?',
	'“',
	'”',
	'"',
	'Hello world',
	'Mr. Smith',
	'مرحبا بالعالم',
	'שלום עולם',
	'你好世界',
	'東京に行きました。',
	'Привет мир'
);

const articleLike = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'grapheme' }),
	fc
		.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
		.map((parts) => parts.join(''))
);

describe('parseArticle properties', () => {
	it('never throws and always returns a well-formed article', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(articleLike, (text) => {
				const article = parseArticle(text);
				expect(typeof article.title).toBe('string');
				expect(article.id).not.toBe('');
				expect(article.wordCount).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: RUNS }
		);
	});

	it('keeps every word of the input, in order, dropping only markup', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(articleLike, (text) => {
				expect(outputWords(parseArticle(text))).toEqual(words(text));
			}),
			{ numRuns: RUNS }
		);
	});

	it('gives every heading a unique, non-empty id', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(articleLike, (text) => {
				const ids = parseArticle(text).blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
				expect(ids.every((id) => id !== '')).toBe(true);
				expect(new Set(ids).size).toBe(ids.length);
			}),
			{ numRuns: RUNS }
		);
	});

	it('parses a 1 MB single line in linear time and keeps its words', { timeout: 30_000 }, () => {
		const line = 'Word, مرحبا 你好 '.repeat(65_536);
		const started = performance.now();
		const article = parseArticle(`Title\n\n${line}`);
		// Generous for a loaded machine, yet far below what quadratic work on 1 MB would take.
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(article.blocks).toHaveLength(1);
		expect(article.blocks[0]?.kind).toBe('standfirst');
		expect(outputWords(article)).toHaveLength(1 + 3 * 65_536);
	});

	it(
		'joins a loose list of 20,000 items and reads 20,000 headings without quadratic work',
		{ timeout: 30_000 },
		() => {
			const items = Array.from({ length: 20_000 }, (_, i) => `- Item ${i + 1}`).join('\n\n');
			const sections = Array.from({ length: 20_000 }, () => 'Why now?\n\nBecause.').join('\n\n');
			const started = performance.now();
			const list = parseArticle(`Title\n\n${items}`);
			const headings = parseArticle(`Title\n\nBy Ann Lee\n\n${sections}`);
			expect(performance.now() - started).toBeLessThan(10_000);
			expect(list.blocks).toHaveLength(1);
			expect(list.blocks[0]).toMatchObject({ kind: 'list', ordered: false });
			expect(headings.blocks.filter((block) => block.kind === 'heading')).toHaveLength(20_000);
		}
	);
});
