import { blockTexts, normalise } from '$lib/article/parse';
import { headingIdMaker } from '$lib/article/slug';
import type { Block, HeadingLevel } from '$lib/article/types';

// Elements whose text is never article text. The sanitiser removes most already; this is the second fence.
const SKIP = new Set(
	(
		'script style template noscript iframe object embed form input button select option datalist textarea ' +
		'svg math nav head title meta link base canvas audio video noembed noframes xmp plaintext rp dialog'
	).split(' ')
);
// Elements that end the running paragraph; everything else (a, em, span, unknown tags) is inline.
const BLOCK = new Set(
	(
		'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer ' +
		'h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section summary table tbody td tfoot th thead tr ul'
	).split(' ')
);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A block before the title's duplicate heading is dropped; headings still carry their h1..h6 level. */
export type Draft =
	Exclude<Block, { kind: 'heading' }> | { kind: 'heading'; level: number; text: string; id: string };

/** Control characters become spaces and runs of whitespace one space, as parseArticle does for text. */
export function clean(text: string): string {
	return normalise(text).replace(/\s+/g, ' ').trim();
}

function isHidden(element: Element): boolean {
	return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** Readable children, skipping hidden and never-readable elements. */
function* readableChildren(node: Node): Generator<Node> {
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === TEXT_NODE) yield child;
		else if (child.nodeType === ELEMENT_NODE) {
			const element = child as Element;
			if (!SKIP.has(element.localName) && !isHidden(element)) yield child;
		}
	}
}

/** All text of a node on one line, with a space wherever a block or line break separated words. */
function flatText(node: Node, nestedLists?: Element[]): string {
	let text = '';
	for (const child of readableChildren(node)) {
		if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
		else {
			const element = child as Element;
			const name = element.localName;
			if (nestedLists && (name === 'ul' || name === 'ol')) nestedLists.push(element);
			else if (name === 'br') text += ' ';
			else if (BLOCK.has(name)) text += ` ${flatText(element, nestedLists)} `;
			else text += flatText(element, nestedLists);
		}
	}
	return text;
}

/** The readable text of an element, skipping scripts, styles and hidden parts, on one line. */
export function textOf(element: Element): string {
	return clean(flatText(element));
}

/** List items in order; a nested list's items follow the item that holds it. */
function listItems(list: Element): string[] {
	const items: string[] = [];
	for (const child of readableChildren(list)) {
		const nested: Element[] = [];
		const text = clean(flatText(child, nested));
		if (text !== '') items.push(text);
		for (const inner of nested) items.push(...listItems(inner));
	}
	return items;
}

/** Collects blocks from a subtree, gathering inline text into paragraphs between block elements. */
class BlockWriter {
	readonly blocks: Draft[] = [];
	private text = '';

	/** Two line breaks in a row separate paragraphs, as in pages that use <br><br> instead of <p>. */
	flush(): void {
		for (const part of this.text.split(/\n\s*\n/)) {
			const text = clean(part);
			if (text !== '') this.blocks.push({ kind: 'paragraph', text });
		}
		this.text = '';
	}

	collect(node: Node): void {
		for (const child of readableChildren(node)) {
			if (child.nodeType === TEXT_NODE) {
				// Newlines in HTML source are spaces; only <br> breaks a line.
				this.text += (child.nodeValue ?? '').replace(/[\n\r]/g, ' ');
				continue;
			}
			const element = child as Element;
			const name = element.localName;
			if (name === 'br') this.text += '\n';
			else if (!BLOCK.has(name)) this.collect(element);
			else {
				this.flush();
				this.block(element, name);
				this.flush();
			}
		}
	}

	private block(element: Element, name: string): void {
		const heading = /^h([1-6])$/.exec(name);
		if (heading) {
			const text = clean(flatText(element));
			if (text !== '') this.blocks.push({ kind: 'heading', level: Number(heading[1]), text, id: '' });
		} else if (name === 'ul' || name === 'ol') {
			const items = listItems(element);
			if (items.length > 0) this.blocks.push({ kind: 'list', ordered: name === 'ol', items });
		} else if (name === 'blockquote') {
			const inner = new BlockWriter();
			inner.collect(element);
			inner.flush();
			const paragraphs = inner.blocks.flatMap((block) =>
				block.kind === 'heading' ? [block.text] : blockTexts(block)
			);
			if (paragraphs.length > 0) this.blocks.push({ kind: 'quote', paragraphs });
		} else if (name === 'pre') {
			// Preformatted text keeps its words; blank lines in it separate paragraphs.
			this.text = flatText(element).replace(/\r\n?/g, '\n');
		} else if (name === 'tr') {
			const cells = Array.from(readableChildren(element), (cell) => clean(flatText(cell)));
			const row = cells.filter((cell) => cell !== '').join(', ');
			if (row !== '') this.blocks.push({ kind: 'paragraph', text: row });
		} else if (name !== 'hr') this.collect(element);
	}
}

/** Letters and digits only, lower-cased, so "Title – Site" and "title: site" compare alike. */
export function comparable(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** An h1 repeating the title, alone or as most of a "Title | Site" string, would be read twice. */
function repeatsTitle(heading: string, title: string): boolean {
	const h = comparable(heading);
	const t = comparable(title);
	return h !== '' && (h === t || (t.includes(h) && h.length * 2 >= t.length));
}

// A meta description is often the opening paragraph cut short; this much of a match is no coincidence.
const MIN_SUMMARY_MATCH = 20;

function matchesSummary(paragraph: string, summaries: readonly string[]): boolean {
	const p = comparable(paragraph);
	return summaries.some((summary) => {
		const s = comparable(summary);
		if (s === '' || p === '') return false;
		return (
			p === s || (Math.min(p.length, s.length) >= MIN_SUMMARY_MATCH && (p.startsWith(s) || s.startsWith(p)))
		);
	});
}

export interface BlockOptions {
	title: string;
	/** Readability's excerpt and the page's meta description: a first paragraph matching one is the standfirst. */
	summaries: readonly string[];
}

/** The blocks of sanitised HTML in reading order, headings still at their own h1..h6 level and without ids. */
export function blockDrafts(root: Element): Draft[] {
	const writer = new BlockWriter();
	writer.collect(root);
	writer.flush();
	return writer.blocks;
}

/** Turns sanitised HTML into article blocks: text only, headings with ids, the title's h1 dropped. */
export function htmlBlocks(root: Element, options: BlockOptions): { blocks: Block[]; droppedTitle: boolean } {
	const drafts = blockDrafts(root);
	const firstH1 = drafts.find((block) => block.kind === 'heading' && block.level === 1);
	const droppedTitle = firstH1?.kind === 'heading' && repeatsTitle(firstH1.text, options.title);
	const headingId = headingIdMaker();
	let beforeHeadings = true;
	let firstParagraph = true;
	const blocks: Block[] = [];
	for (const draft of drafts) {
		if (draft === firstH1 && droppedTitle) continue;
		if (draft.kind === 'heading') {
			beforeHeadings = false;
			const level = Math.min(6, Math.max(2, draft.level)) as HeadingLevel;
			blocks.push({ kind: 'heading', level, text: draft.text, id: headingId(draft.text) });
		} else if (draft.kind === 'paragraph' && firstParagraph) {
			firstParagraph = false;
			const standfirst = beforeHeadings && matchesSummary(draft.text, options.summaries);
			blocks.push(standfirst ? { kind: 'standfirst', text: draft.text } : draft);
		} else blocks.push(draft);
	}
	return { blocks, droppedTitle };
}
