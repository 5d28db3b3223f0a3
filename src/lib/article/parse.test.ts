import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_ARTICLE_ID, embeddedArticle } from './index';
import { blockTexts, parseArticle } from './parse';
import type { Block } from './types';

const source = readFileSync(new URL('./rafah-crossing.txt', import.meta.url), 'utf8');
const article = parseArticle(source, { id: EMBEDDED_ARTICLE_ID, lang: 'en-GB', dir: 'ltr' });

/** The first four words of a block's text, enough to identify every block of the article. */
function opening(block: Block): string {
	const text = 'text' in block ? block.text : '';
	return text.split(' ').slice(0, 4).join(' ');
}

describe('parseArticle on the embedded article', () => {
	it('takes the first line as the title and keeps id, lang and dir', () => {
		expect(article.title).toBe(
			'Israel claims control of key Rafah crossing after rejecting ceasefire deal with Hamas'
		);
		expect(article).toMatchObject({ id: 'rafah-crossing', lang: 'en-GB', dir: 'ltr' });
	});

	it('matches what embeddedArticle() returns', () => {
		expect(embeddedArticle()).toEqual(article);
	});

	it('reads every block in order with the right kind', () => {
		expect(article.blocks.map((block) => `${block.kind}: ${opening(block)}`)).toEqual([
			'standfirst: The Israeli military claims',
			'paragraph: Israel said it was',
			'paragraph: A Gaza border authority',
			'aside: Follow live updates',
			'paragraph: The Israel Defence Forces',
			'paragraph: The activity inside the',
			'paragraph: But Palestinian health officials',
			'heading: Ceasefire deal rejected',
			'paragraph: Despite international pressure not',
			'paragraph: The attack, which Israel',
			'paragraph: Hamas said its chief,',
			'paragraph: However, it added Israel',
			"paragraph: Qatar's foreign ministry said",
			'paragraph: Thousands of Israelis protested',
			'paragraph: An Israeli official described',
			'aside: Peace in Gaza looks',
			'paragraph: On Sunday, Hamas fighters',
			'paragraph: Israeli leaflets, texts and',
			'heading: Israel and Hamas urged',
			'paragraph: US President Joe Biden',
			'paragraph: More than 34,600 Palestinians',
			'paragraph: The UN has warned',
			'paragraph: The war began when'
		]);
	});

	it('starts with the standfirst and has 19 prose paragraphs, the standfirst included', () => {
		expect(article.blocks[0]?.kind).toBe('standfirst');
		expect(opening(article.blocks[0]!)).toBe('The Israeli military claims');
		const prose = article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'standfirst');
		expect(prose).toHaveLength(19);
	});

	it('finds exactly the two sub-headings at level 2 with unique ids', () => {
		expect(article.blocks.filter((b) => b.kind === 'heading')).toEqual([
			{ kind: 'heading', level: 2, text: 'Ceasefire deal rejected', id: 'ceasefire-deal-rejected' },
			{
				kind: 'heading',
				level: 2,
				text: "Israel and Hamas urged to 'go the extra mile'",
				id: 'israel-and-hamas-urged-to-go-the-extra-mile'
			}
		]);
	});

	it('finds exactly the two related-content asides', () => {
		expect(article.blocks.filter((b) => b.kind === 'aside')).toEqual([
			{ kind: 'aside', label: 'Middle East latest', text: 'Follow live updates' },
			{ kind: 'aside', label: 'Analysis', text: 'Peace in Gaza looks as distant as ever' }
		]);
	});

	it('keeps a long unpunctuated line with commas as a paragraph', () => {
		expect(article.blocks[9]).toEqual({
			kind: 'paragraph',
			text: 'The attack, which Israel has long threatened, came as hopes of reaching a ceasefire deal appeared to fade'
		});
	});

	it('keeps every block of the source word for word, in order', () => {
		const sourceBlocks = source.split(/\n\s*\n/).slice(1);
		expect(article.blocks.map((block) => blockTexts(block).join(' '))).toEqual(
			sourceBlocks.map((text) => text.trim())
		);
	});

	it('counts 570 words', () => {
		expect(article.wordCount).toBe(570);
	});
});

describe('parseArticle on light Markdown', () => {
	it('honours a # title and maps # and ## body headings to level 2, deeper ones to their level', () => {
		const parsed = parseArticle(
			'# The title\n\nIntro.\n\n# One\n\nText.\n\n## Two ##\n\nMore.\n\n#### Four\n\nEnd.'
		);
		expect(parsed.title).toBe('The title');
		expect(parsed.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text])).toEqual([
			[2, 'One'],
			[2, 'Two'],
			[4, 'Four']
		]);
	});

	it('lets a heading line interrupt a paragraph', () => {
		const parsed = parseArticle('T\n\nfirst line\n## Head\nsecond line');
		expect(parsed.blocks.map((b) => b.kind)).toEqual(['standfirst', 'heading', 'paragraph']);
	});

	it('reads -, * and • bullets as an unordered list and 1. or 1) as an ordered one', () => {
		const parsed = parseArticle('T\n\n- a\n* b\n• c\n\n1. one\n2) two\n   more');
		expect(parsed.blocks).toEqual([
			{ kind: 'list', ordered: false, items: ['a', 'b', 'c'] },
			{ kind: 'list', ordered: true, items: ['one', 'two more'] }
		]);
	});

	it('reads > lines as a quote split into paragraphs at blank > lines', () => {
		const parsed = parseArticle('T\n\n> first\n> still first\n>\n> second');
		expect(parsed.blocks).toEqual([{ kind: 'quote', paragraphs: ['first still first', 'second'] }]);
	});

	it('joins the lines of a paragraph and collapses inner whitespace', () => {
		expect(parseArticle('T\n\none \t two\nthree   four.').blocks).toEqual([
			{ kind: 'standfirst', text: 'one two three four.' }
		]);
	});
});

describe('parseArticle normalisation and edge cases', () => {
	it('treats CRLF, CR and a BOM like plain LF text', () => {
		const plain = parseArticle('Title\n\nOne line.\n\nTwo line.');
		expect(parseArticle('\uFEFFTitle\r\n\r\nOne line.\r\n\r\nTwo line.')).toEqual(plain);
		expect(parseArticle('Title\r\rOne line.\r\rTwo line.')).toEqual(plain);
	});

	it('turns control characters into spaces', () => {
		expect(parseArticle('A\u0000B\n\nx\u0007y.').blocks).toEqual([{ kind: 'standfirst', text: 'x y.' }]);
	});

	it('gives an empty title and no blocks for empty or blank input', () => {
		for (const text of ['', '   ', '\n\n\t\n', '\uFEFF']) {
			expect(parseArticle(text)).toMatchObject({ title: '', blocks: [], wordCount: 0, id: 'article' });
		}
	});

	it('uses options for title, id, lang and dir, and defaults to en and ltr', () => {
		const parsed = parseArticle('First para.', { title: 'Given', id: 'x', lang: 'ar', dir: 'rtl' });
		expect(parsed).toMatchObject({ title: 'Given', id: 'x', lang: 'ar', dir: 'rtl' });
		expect(parsed.blocks).toEqual([{ kind: 'standfirst', text: 'First para.' }]);
		expect(parseArticle('Hello there')).toMatchObject({ id: 'hello-there', lang: 'en', dir: 'ltr' });
	});

	it('makes heading ids unique, never empty and clear of reserved page ids', () => {
		const parsed = parseArticle(
			'T\n\n## Same\n\n## Same\n\n## Contents\n\n## !!!\n\n## Main\n\n## Заголовок\n\nx'
		);
		expect(parsed.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []))).toEqual([
			'same',
			'same-2',
			'contents-2',
			'section-4',
			'main-2',
			'заголовок'
		]);
	});

	it('reads an aside-like line that ends with a full stop as a paragraph', () => {
		const parsed = parseArticle('T\n\nIntro.\n\nMiddle East latest: Follow live updates.\n\nMore.');
		expect(parsed.blocks[1]).toEqual({ kind: 'paragraph', text: 'Middle East latest: Follow live updates.' });
	});

	it('does not take a short line at the end, or one starting lower-case, for a heading', () => {
		const parsed = parseArticle('T\n\nIntro.\n\nnot a heading\n\nBody.\n\nThe end');
		expect(parsed.blocks.map((b) => b.kind)).toEqual(['standfirst', 'paragraph', 'paragraph', 'paragraph']);
	});
});
