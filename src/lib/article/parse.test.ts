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

/** Each block as "kind: text", a list as its items joined with " | ". */
function shape(text: string): string[] {
	return parseArticle(text).blocks.map((block) => `${block.kind}: ${blockTexts(block).join(' | ')}`);
}

describe('parseArticle on articles as people paste them', () => {
	it('takes a short line over prose for a heading, with or without a question mark', () => {
		expect(shape('T\n\nIntro.\n\nWhat happens next?\n\nBody text.\n\nWho pays\n\nMore text.')).toEqual([
			'standfirst: Intro.',
			'heading: What happens next?',
			'paragraph: Body text.',
			'heading: Who pays',
			'paragraph: More text.'
		]);
	});

	it('keeps dialogue, a short line ending a section and a sentence with a comma as paragraphs', () => {
		expect(
			shape('T\n\nIntro.\n\n— Where to?\n\nShe was right\n\nNext part\n\nBody.\n\nYes, he said\n\nMore.')
		).toEqual([
			'standfirst: Intro.',
			'paragraph: — Where to?',
			'paragraph: She was right',
			'heading: Next part',
			'paragraph: Body.',
			'paragraph: Yes, he said',
			'paragraph: More.'
		]);
	});

	it('reads numbered sections as headings at the level their numbering gives, a part over its headings', () => {
		const parsed = parseArticle(
			'T\n\nIntro.\n\n1. Background\n\nText.\n\n1.1 Scope\n\nText.\n\n2. Results\n\nText.'
		);
		expect(parsed.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []))).toEqual([
			'2 1. Background',
			'3 1.1 Scope',
			'2 2. Results'
		]);
		const parts = parseArticle(
			'T\n\nIntro.\n\nPart one\n\nThe river\n\nText.\n\nPart two\n\nThe sea\n\nText.'
		);
		expect(parts.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []))).toEqual([
			'2 Part one',
			'3 The river',
			'2 Part two',
			'3 The sea'
		]);
	});

	it('reads a list straight under its colon line, every marker, and items wrapped over lines', () => {
		expect(shape('T\n\nYou need:\n– flour\n· eggs and\n  more eggs\n\nSteps:\na) mix\nb) bake')).toEqual([
			'standfirst: You need:',
			'list: flour | eggs and more eggs',
			'paragraph: Steps:',
			'list: mix | bake'
		]);
		expect(parseArticle('T\n\n1) one\n2) two').blocks[0]).toMatchObject({ kind: 'list', ordered: true });
	});

	it('keeps a line starting with a dash inside a paragraph that does not introduce a list', () => {
		expect(shape('T\n\nThe crossing closed\n- hours after the deal.')).toEqual([
			'standfirst: The crossing closed - hours after the deal.'
		]);
	});

	it('nests list items by indentation and joins a loose list split by blank lines', () => {
		expect(parseArticle('T\n\n- a\n\t- a1\n    - a2\n- b').blocks[0]).toEqual({
			kind: 'list',
			ordered: false,
			items: ['a', 'a1', 'a2', 'b'],
			levels: [0, 1, 1, 0]
		});
		expect(shape('T\n\n1. one\n\n2. two\n\n3. three\n\nDone.')).toEqual([
			'list: one | two | three',
			'standfirst: Done.'
		]);
	});

	it("sets aside promos under publishers' labels whatever their headline ends with", () => {
		const parsed = parseArticle(
			'T\n\nIntro.\n\nRelated: Is the bridge safe?\n\nAnalysis: A long road ahead.\n\nLire aussi : Le tram arrive\n\nRead more:\nWhy rates rise\n\nNews latest: Follow live updates\n\nBody.'
		);
		expect(parsed.blocks.filter((b) => b.kind === 'aside')).toEqual([
			{ kind: 'aside', label: 'Related', text: 'Is the bridge safe?' },
			{ kind: 'aside', label: 'Analysis', text: 'A long road ahead.' },
			{ kind: 'aside', label: 'Lire aussi', text: 'Le tram arrive' },
			{ kind: 'aside', label: 'Read more', text: 'Why rates rise' },
			{ kind: 'aside', label: 'News latest', text: 'Follow live updates' }
		]);
	});

	it('does not take a heading with a colon or a transcript line for a promo', () => {
		expect(
			shape('T\n\nIntro.\n\nStep 1: Mix the flour\n\nText.\n\nHOST: Welcome back.\nGUEST: Thanks.')
		).toEqual([
			'standfirst: Intro.',
			'heading: Step 1: Mix the flour',
			'paragraph: Text.',
			'paragraph: HOST: Welcome back.',
			'paragraph: GUEST: Thanks.'
		]);
	});

	it('reads > lines and a paragraph that is wholly one quotation as quotes, not one with its attribution', () => {
		expect(
			shape('T\n\nShe said:\n> We stay.\n\n“We will not leave.”\n\n"We stay," she said, "for now."')
		).toEqual([
			'standfirst: She said:',
			'quote: We stay.',
			'quote: “We will not leave.”',
			'paragraph: "We stay," she said, "for now."'
		]);
	});

	it('keeps the byline and dates that open an article as metadata, and the same words later as prose', () => {
		expect(
			shape(
				'T\n\nJane Doe\n12 March 2025\n\nStandfirst.\n\nBy Sam Lee\nUpdated 14:05 GMT\n\nBody.\n\nBy Sam Lee\n\nEnd.'
			)
		).toEqual([
			'meta: Jane Doe',
			'meta: 12 March 2025',
			'standfirst: Standfirst.',
			'meta: By Sam Lee',
			'meta: Updated 14:05 GMT',
			'paragraph: Body.',
			'paragraph: By Sam Lee',
			'paragraph: End.'
		]);
		expect(shape('T\n\n6 May 2024 was the day the river rose.')).toEqual([
			'standfirst: 6 May 2024 was the day the river rose.'
		]);
	});
});
