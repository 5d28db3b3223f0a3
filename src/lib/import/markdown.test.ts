import { describe, expect, it } from 'vitest';
import { blockTexts } from '$lib/article/parse';
import type { Block } from '$lib/article/types';
import { parseMarkdown } from './markdown';
import { stripInline } from './markdown-inline';

/** Blocks as "kind: text | text", enough to see structure and words at a glance. */
function outline(blocks: Block[]): string[] {
	return blocks.map((block) => {
		const kind = block.kind === 'heading' ? `h${block.level}` : block.kind;
		const ordered = block.kind === 'list' && block.ordered ? ' (ordered)' : '';
		return `${kind}${ordered}: ${blockTexts(block).join(' | ')}`;
	});
}

describe('stripInline', () => {
	it.each([
		['**bold** and __strong__', 'bold and strong'],
		['*italic* and _italic_', 'italic and italic'],
		['***both*** and ~~struck~~', 'both and struck'],
		['run `npm test` now', 'run npm test now'],
		['`**not bold**` stays', '**not bold** stays'],
		['a [link](https://example.com "Title") here', 'a link here'],
		['a [reference][ref] link', 'a reference link'],
		['![a harbour wall](wall.jpg) photo', 'a harbour wall photo'],
		['[![badge](b.svg)](https://ci)', 'badge'],
		['see <https://example.com/a?b=c>', 'see https://example.com/a?b=c'],
		['mail <ada@example.com>', 'mail ada@example.com'],
		['\\*not italic\\* and \\[not a link\\]', '*not italic* and [not a link]'],
		['line with a hard break\\', 'line with a hard break']
	])('turns %j into %j', (markdown, text) => {
		expect(stripInline(markdown)).toBe(text);
	});

	it.each(['snake_case_name stays', '2 * 3 * 4 = 24', 'a lone * star', '<b>raw html</b> stays'])(
		'leaves %j alone',
		(text) => {
			expect(stripInline(text)).toBe(text);
		}
	);

	it('strips a long line of unmatched markers in linear time', () => {
		const line = '**a _b [d ~~e '.repeat(20_000);
		const started = performance.now();
		// Compared as a boolean: a failure must not print 280,000 characters twice.
		expect(stripInline(line) === line).toBe(true);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});

describe('parseMarkdown', () => {
	it('takes the first # heading as the title', () => {
		const article = parseMarkdown('# The *harbour* wall\n\nIt was rebuilt.');
		expect(article.title).toBe('The harbour wall');
		expect(outline(article.blocks)).toEqual(['standfirst: It was rebuilt.']);
	});

	it('takes a setext heading, or else the first line, as the title', () => {
		expect(parseMarkdown('The harbour wall\n================\n\nIt was rebuilt.').title).toBe(
			'The harbour wall'
		);
		expect(parseMarkdown('Just a **first** line\nand more.').title).toBe('Just a first line');
	});

	it('takes the title from YAML front matter and drops the rest of it', () => {
		const article = parseMarkdown('---\ntitle: "Front matter title"\ndate: 2024-05-01\n---\n\nBody text.');
		expect(article.title).toBe('Front matter title');
		expect(outline(article.blocks)).toEqual(['standfirst: Body text.']);
	});

	it('keeps headings, lists, quotes and paragraphs with the syntax removed', () => {
		const markdown = [
			'# Title',
			'Opening paragraph with **bold** words.',
			'## Section *one*',
			'Setext section',
			'--------------',
			'- first item',
			'+ second [item](x)',
			'  - nested item',
			'',
			'1. one',
			'2) two',
			'',
			'> A quoted line',
			'continued lazily.',
			'>',
			'> Second quoted paragraph.',
			'',
			'### Third level ###',
			'Closing paragraph.'
		].join('\n');
		expect(outline(parseMarkdown(markdown).blocks)).toEqual([
			'standfirst: Opening paragraph with bold words.',
			'h2: Section one',
			'h2: Setext section',
			'list: first item | second item | nested item',
			'list (ordered): one | two',
			'quote: A quoted line continued lazily. | Second quoted paragraph.',
			'h3: Third level',
			'paragraph: Closing paragraph.'
		]);
	});

	it('keeps a loose list, with blank lines between items, as one list', () => {
		expect(outline(parseMarkdown('Title\n\n- one\n\n- two\n\n- [x] three').blocks)).toEqual([
			'list: one | two | three'
		]);
	});

	it('keeps fenced code as paragraph text, never as headings or lists', () => {
		const article = parseMarkdown(
			'# Title\n\nIntro.\n\n```sh\n# install\nnpm ci\n\n- not a list\n```\n\nAfter.'
		);
		expect(outline(article.blocks)).toEqual([
			'standfirst: Intro.',
			'paragraph: # install npm ci',
			'paragraph: - not a list',
			'paragraph: After.'
		]);
		// Title, intro, four code words, four more (a spaced dash counts) and the last word.
		expect(article.wordCount).toBe(1 + 1 + 4 + 4 + 1);
	});

	it('drops horizontal rules and link reference definitions', () => {
		const article = parseMarkdown(
			'Title\n\nOne [ref].\n\n***\n\n- - -\n\n[ref]: https://example.com\n\nTwo.'
		);
		expect(outline(article.blocks)).toEqual(['standfirst: One [ref].', 'paragraph: Two.']);
	});

	it('keeps raw HTML as literal text', () => {
		const article = parseMarkdown(
			'Title\n\n<script>alert("hi")</script>\n\nText with <b onclick="x()">tags</b>.'
		);
		expect(outline(article.blocks)).toEqual([
			'standfirst: <script>alert("hi")</script>',
			'paragraph: Text with <b onclick="x()">tags</b>.'
		]);
	});

	it('reads each table row as a paragraph of its cells', () => {
		const article = parseMarkdown('Title\n\n| Name | Age |\n|:-----|----:|\n| Ada | 36 |\n| Alan | 41 |');
		expect(outline(article.blocks)).toEqual([
			'standfirst: Name, Age',
			'paragraph: Ada, 36',
			'paragraph: Alan, 41'
		]);
		expect(outline(parseMarkdown('Title\n\nA | B\n---\n\nText.').blocks)[0]).toBe('h2: A | B');
	});

	it('does not guess headings from short lines, as it does for plain text', () => {
		const article = parseMarkdown('# Title\n\nA short line\n\nA paragraph of prose follows it here.');
		expect(outline(article.blocks)).toEqual([
			'standfirst: A short line',
			'paragraph: A paragraph of prose follows it here.'
		]);
	});

	it('keeps escaped block syntax as text', () => {
		const texts = parseMarkdown('Title\n\n\\# not a heading\n\n\\- not a list').blocks.flatMap(blockTexts);
		expect(texts.map((text) => text.replace('\u2060', ''))).toEqual(['# not a heading', '- not a list']);
	});

	it('lets a caller-given title win, keeping every line as body', () => {
		const article = parseMarkdown('# Heading\n\nBody.', { title: 'Given' });
		expect(article.title).toBe('Given');
		expect(outline(article.blocks)).toEqual(['h2: Heading', 'paragraph: Body.']);
	});
});
