import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockTexts, parseArticle } from './parse';
import type { Block } from './types';

// Generated articles in the shapes real ones take (metadata, a standfirst, question and numbered headings,
// lists under their colon line, promos, quotations), each written down with the structure it should give.
const RUNS = Number(process.env.FC_RUNS ?? 200);
const TIMEOUT = Math.max(10_000, RUNS * 40);

const WORDS =
	'river bridge council light water school green market town winter road garden price train night'.split(' ');
const word = fc.constantFrom(...WORDS);
const capitalised = word.map((w) => w[0]!.toUpperCase() + w.slice(1));
const phrase = (min: number, max: number) =>
	fc
		.tuple(capitalised, fc.array(word, { minLength: min - 1, maxLength: max - 1 }))
		.map(([a, rest]) => [a, ...rest].join(' '));
const sentence = phrase(4, 10).map((s) => `${s}.`);

/** One piece of an article: its source text, how it is separated from the next, and the blocks expected. */
interface Piece {
	text: string;
	kinds: Array<Block['kind']>;
	/** Items of an expected list, to count them. */
	items?: number;
}

/** Prose of two or three sentences, sometimes hard-wrapped over several lines. */
const prose = fc
	.tuple(fc.array(sentence, { minLength: 2, maxLength: 3 }), fc.boolean())
	.map(([sentences, wrapped]): Piece => {
		const text = sentences.join(' ');
		return { text: wrapped ? text.replace(/ (\w+ \w+ \w+) /g, ' $1\n') : text, kinds: ['paragraph'] };
	});

const heading = fc
	.tuple(
		phrase(1, 6),
		fc.constantFrom('', '?'),
		fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined })
	)
	.map(([text, end, number]): Piece => ({
		text: `${number ? `${number}. ` : ''}${text}${end}`,
		kinds: ['heading']
	}));

const BULLETS = ['- ', '* ', '• ', '– ', '· '];
const list = fc
	.tuple(
		fc.array(fc.tuple(phrase(1, 8), fc.boolean()), { minLength: 1, maxLength: 5 }),
		fc.constantFrom(...BULLETS, '1. ', '1) ', 'a) '),
		fc.option(phrase(3, 8), { nil: undefined })
	)
	// A lone one-item numbered list over prose reads as a numbered heading ("1. Background"): give it its intro.
	.map(([items, marker, given]): Piece => {
		const intro = given ?? (items.length === 1 ? 'Only this' : undefined);
		const lines = items.map(([item, wraps], i) => {
			const numbered =
				marker === '1. '
					? `${i + 1}. `
					: marker === '1) '
						? `${i + 1}) `
						: marker === 'a) '
							? `${'abcdefgh'[i]}) `
							: marker;
			// An item may wrap onto an indented line of its own.
			return `${numbered}${wraps ? item.replace(' ', '\n   ') : item}`;
		});
		const kinds: Piece['kinds'] = intro ? ['paragraph', 'list'] : ['list'];
		return { text: [...(intro ? [`${intro}:`] : []), ...lines].join('\n'), kinds, items: items.length };
	});

const LABELS = [
	'Read more',
	'Related',
	'Analysis',
	'Watch',
	'Listen',
	'Live',
	'Explainer',
	'More on this story',
	'Also read',
	'Opinion',
	'Lire aussi',
	'Lesen Sie auch',
	'اقرأ أيضا',
	'קראו גם',
	'Читайте также'
];
const promo = fc
	.tuple(fc.constantFrom(...LABELS), phrase(2, 9), fc.constantFrom('', '?', '.', '!', '…'), fc.boolean())
	.map(([label, headline, end, twoLines]): Piece => ({
		text: `${label}:${twoLines ? '\n' : ' '}${headline}${end}`,
		kinds: ['aside']
	}));

const quote = fc
	.tuple(sentence, fc.boolean())
	.map(([text, marked]): Piece => ({ text: marked ? `> ${text}` : `“${text}”`, kinds: ['quote'] }));

const body = fc.oneof(prose, list, promo, quote);
const section = fc
	.tuple(heading, fc.oneof(prose, list, quote), fc.array(body, { maxLength: 4 }))
	.map(([h, first, rest]) => [h, first, ...rest]);

const article = fc
	.tuple(
		phrase(2, 8),
		fc.boolean(),
		prose,
		fc.array(body, { maxLength: 3 }),
		fc.array(section, { maxLength: 5 })
	)
	.map(([title, meta, standfirst, intro, sections]) => {
		const pieces: Piece[] = [
			...(meta
				? [{ text: 'By Ann Lee\nPublished 6 May 2024', kinds: ['meta', 'meta'] } satisfies Piece]
				: []),
			{ ...standfirst, kinds: ['standfirst'] },
			...intro,
			...sections.flat()
		];
		// Two lists one after the other would read as one list in two parts, and a numbered heading after a
		// list as its next item: keep prose between them.
		const separated = pieces.flatMap((piece, i) =>
			(piece.kinds.includes('list') || /^\d/.test(piece.text)) && pieces[i - 1]?.kinds.at(-1) === 'list'
				? [{ text: 'In between.', kinds: ['paragraph'] } satisfies Piece, piece]
				: [piece]
		);
		return { source: [title, ...separated.map((piece) => piece.text)].join('\n\n'), pieces: separated };
	});

/** Whitespace-separated words with list markers and quotation marks dropped; colons count as spaces. */
function words(text: string): string[] {
	return text
		.replace(/[:：]/gu, ' ')
		.split(/\s+/)
		.filter((token) => token !== '' && !/^(?:[-*•–·>]|\p{Nd}{1,3}[.)]|[a-z]\))$/u.test(token));
}

describe('parseArticle on generated articles in real shapes', () => {
	it('gives each piece the blocks it is written as', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(article, ({ source, pieces }) => {
				const parsed = parseArticle(source);
				expect(parsed.blocks.map((block) => block.kind)).toEqual(pieces.flatMap((piece) => piece.kinds));
				const lists = parsed.blocks.flatMap((block) => (block.kind === 'list' ? [block.items.length] : []));
				expect(lists).toEqual(pieces.flatMap((piece) => (piece.items ? [piece.items] : [])));
			}),
			{ numRuns: RUNS }
		);
	});

	it('keeps every word of the input, in order', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(article, ({ source }) => {
				const parsed = parseArticle(source);
				expect(words([parsed.title, ...parsed.blocks.flatMap(blockTexts)].join('\n'))).toEqual(words(source));
			}),
			{ numRuns: RUNS }
		);
	});
});
