import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Block, HeadingLevel } from '$lib/article/types';
import { partElement } from '$lib/highlight/locate';
import { textLike } from '$lib/testing/import-arbitraries';
import { articleBodyHtml } from './body-html';

const { document } = new JSDOM('').window;

/** The body as the browser reads it: the HTML parsed into a container, as `{@html}` inserts it. */
function parsed(html: string): HTMLElement {
	const container = document.createElement('div');
	container.innerHTML = html;
	return container;
}

/** What any text becomes once in a page: the HTML parser turns CR and CRLF into LF and drops NUL from text. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
const asParsedAttribute = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

/** Text readers paste, and text that is markup: each must stay text. */
const markup = fc.constantFrom(
	...['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p>', '<p>', '</h2><h2>', '<b>', '<!--'],
	...['-->', '&amp;', '&lt;', '&', '"', "'", '" onclick="x', 'a < b > c', 'Word ', '\r\n', '\0']
);
const text = fc.oneof(
	textLike,
	fc.array(fc.oneof(markup, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join(''))
);

const block: fc.Arbitrary<Block> = fc.oneof(
	fc.record({
		kind: fc.constant('heading' as const),
		level: fc.constantFrom<HeadingLevel>(2, 3, 4, 5, 6),
		text: text,
		id: text
	}),
	fc.record({ kind: fc.constant('paragraph' as const), text: text }),
	fc.record({
		kind: fc.constant('list' as const),
		ordered: fc.boolean(),
		items: fc.array(text, { maxLength: 4 })
	}),
	fc.record({ kind: fc.constant('quote' as const), paragraphs: fc.array(text, { maxLength: 3 }) }),
	fc.record({ kind: fc.constant('aside' as const), label: text, text: text }),
	fc.record({ kind: fc.constant('meta' as const), text: text })
);

/** The elements a block is made of: itself and what is inside it. */
const elementsOf = (b: Block) =>
	b.kind === 'list'
		? 1 + b.items.length
		: b.kind === 'quote'
			? 1 + b.paragraphs.length
			: b.kind === 'aside'
				? 3
				: 1;

const TAG = {
	heading: '',
	paragraph: 'p',
	standfirst: 'p',
	list: '',
	quote: 'blockquote',
	aside: 'aside',
	meta: 'p'
};

describe('articleBodyHtml', () => {
	// A hundred jsdom parses take about 2 s, and over 5 s on a machine shared by several test runs.
	it(
		'keeps every word of every block as text in its own element, whatever markup the text holds',
		{ timeout: 30_000 },
		() => {
			fc.assert(
				fc.property(
					fc.array(block, { maxLength: 12 }),
					fc.integer({ min: 0, max: 5 }),
					(blocks, groupSize) => {
						const body = parsed(articleBodyHtml(blocks, { groupSize }));
						const groups = groupSize > 0 ? Math.ceil(blocks.length / groupSize) : 0;
						// Nothing in any text became an element (a script, an image with an onerror)
						expect(body.querySelectorAll('*')).toHaveLength(
							groups + blocks.reduce((n, b) => n + elementsOf(b), 0)
						);
						const elements = [...body.querySelectorAll<HTMLElement>('[data-block]')];
						expect(elements).toHaveLength(blocks.length);
						blocks.forEach((b, index) => {
							const element = elements[index];
							expect(element?.dataset['block']).toBe(String(index));
							if (groupSize > 0)
								expect(element?.parentElement).toBe(body.children[Math.floor(index / groupSize)]);
							const tag =
								b.kind === 'heading'
									? `h${b.level}`
									: b.kind === 'list'
										? b.ordered
											? 'ol'
											: 'ul'
										: TAG[b.kind];
							expect(element?.localName).toBe(tag);
							if (b.kind === 'heading') {
								expect(element?.textContent).toBe(asParsed(b.text));
								expect(element?.getAttribute('id')).toBe(asParsedAttribute(b.id));
							} else if (b.kind === 'paragraph' || b.kind === 'standfirst' || b.kind === 'meta') {
								expect(element?.textContent).toBe(asParsed(b.text));
							} else if (b.kind === 'list') {
								expect([...(element?.children ?? [])].map((li) => li.textContent)).toEqual(
									b.items.map(asParsed)
								);
							} else if (b.kind === 'quote') {
								expect([...(element?.children ?? [])].map((p) => p.textContent)).toEqual(
									b.paragraphs.map(asParsed)
								);
							} else {
								expect(element?.textContent).toBe(asParsed(`${b.label}: ${b.text}`));
								expect(element?.getAttribute('role')).toBe('note');
								expect(element?.getAttribute('aria-label')).toBe('Related content');
							}
						});
					}
				)
			);
		}
	);

	it('leaves out the blocks before `first` (the standfirst, shown in the header), keeping the indexes', () => {
		const blocks: Block[] = [
			{ kind: 'standfirst', text: 'Standfirst' },
			{ kind: 'paragraph', text: 'One' },
			{ kind: 'paragraph', text: 'Two' }
		];
		const whole = parsed(articleBodyHtml(blocks, { first: 1 }));
		expect(
			[...whole.children].map((element) => [element.getAttribute('data-block'), element.textContent])
		).toEqual([
			['1', 'One'],
			['2', 'Two']
		]);
		const grouped = parsed(articleBodyHtml(blocks, { first: 1, groupSize: 2 }));
		expect([...grouped.children].map((group) => group.textContent)).toEqual(['One', 'Two']);
		expect(grouped.querySelectorAll('.group [data-block="0"]')).toHaveLength(0);
	});

	it('makes a heading h2 to h6 whatever level a stored record holds', () => {
		const levels = [2, 6, 1, 9, 3.7, Number.NaN, '4', '2><img src=x onerror=alert(1)>'];
		const body = parsed(
			articleBodyHtml(
				levels.map((level) => ({ kind: 'heading', level, text: 'Title', id: 't' }) as unknown as Block)
			)
		);
		expect([...body.children].map((heading) => heading.localName)).toEqual([
			'h2',
			'h6',
			'h2',
			'h6',
			'h3',
			'h2',
			'h4',
			'h2'
		]);
		expect(body.querySelectorAll('img')).toHaveLength(0);
	});
});

describe('articleBodyHtml with nested lists', () => {
	it('puts a nested item in a list inside the item above it, every item in reading order', () => {
		const body = parsed(
			articleBodyHtml([
				{ kind: 'list', ordered: true, items: ['a', 'a1', 'a2', 'b', 'b1'], levels: [0, 1, 1, 0, 1] }
			])
		);
		expect(body.innerHTML).toBe(
			'<ol data-block="0"><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b<ul><li>b1</li></ul></li></ol>'
		);
		expect([...body.querySelectorAll('li')].map((li) => li.firstChild?.textContent)).toEqual([
			'a',
			'a1',
			'a2',
			'b',
			'b1'
		]);
	});

	it('lets read-aloud highlight a nested item by its index in the list', () => {
		const body = parsed(
			articleBodyHtml([{ kind: 'list', ordered: false, items: ['Shelter', 'a tent'], levels: [0, 1] }])
		);
		expect(partElement(body, { block: 0, part: 0 })?.firstChild?.textContent).toBe('Shelter');
		expect(partElement(body, { block: 0, part: 1 })?.textContent).toBe('a tent');
	});

	it('nests no deeper than one level below the item above, whatever a stored record holds', () => {
		const levels = [3, 9, -1, Number.NaN, 2] as unknown as number[];
		const body = parsed(
			articleBodyHtml([{ kind: 'list', ordered: false, items: ['a', 'b', 'c', 'd', 'e'], levels }])
		);
		expect(body.innerHTML).toBe(
			'<ul data-block="0"><li>a<ul><li>b</li></ul></li><li>c</li><li>d<ul><li>e</li></ul></li></ul>'
		);
	});
});
