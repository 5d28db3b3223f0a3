import type { Article, Block, HeadingLevel, ParseOptions } from './types';
import { atxHeading, collapse, groupBlocks, type RawBlock } from './lines';
import {
	asideParts,
	isCreditLine,
	isMetaLine,
	isNameLine,
	isPartHeading,
	isWholeQuote,
	looksLikeHeading,
	numberedLevel,
	promoLabelLine
} from './rules';
import { headingIdMaker, slugify } from './slug';
import { countWords } from './words';
import { blockTexts } from './block-texts';

type RawParagraph = RawBlock & { kind: 'paragraph' };
type RawList = RawBlock & { kind: 'list' };

/** Strips a BOM, unifies line endings and turns control characters (other than \n and \t) into spaces. */
export function normalise(text: string): string {
	return (
		text
			.replace(/^\uFEFF/, '')
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex -- replacing control characters is the point
			.replace(/[\u0000-\u0008\u000B-\u001F]/g, ' ')
	);
}

/** A paragraph that is a whole group of one line: the only kind that can be a heading or a promo. */
const isLoneLine = (block: RawBlock | undefined): block is RawParagraph =>
	block?.kind === 'paragraph' && block.alone && block.lines.length === 1;

/** "Read more:" over its headline on the next line, or "Read more: headline" on one. */
function promo(block: RawParagraph): { label: string; text: string } | null {
	if (block.alone && block.lines.length === 1) return asideParts(block.text);
	const [first, second] = block.lines;
	if (!block.alone || block.lines.length !== 2 || first === undefined || second === undefined) return null;
	const label = promoLabelLine(first);
	return label && asideParts(`${label}: ${second}`)
		? { label: `${first.slice(0, -1).trim()}`, text: collapse(second) }
		: null;
}

/** A numbered line alone ("1. Background"), read by the list rules as a one-item list. */
const isNumberedLine = (block: RawBlock | undefined): block is RawList =>
	block?.kind === 'list' &&
	block.alone &&
	block.items.length === 1 &&
	block.marker === 'number' &&
	!block.levels;

/** "3." after "2." with the same delimiter, "b)" after "a)", the same bullet again: the next item of a list. */
function continuesList(before: RawBlock | undefined, after: RawBlock | undefined): boolean {
	if (before?.kind !== 'list' || after?.kind !== 'list' || !before.alone || !after.alone) return false;
	if (before.marker !== after.marker) return false;
	if (before.marker === 'bullet') return before.firstLine[0] === after.firstLine[0];
	if (before.marker === 'letter') {
		const [start, next] = [before, after].map((list) => list.firstLine.replace(/^\(/, '').charCodeAt(0));
		return Number(start) + before.items.length === next;
	}
	const [start, next] = [before, after].map((list) => /^(\p{Nd}+)([.)])/u.exec(list.firstLine) ?? []);
	return start?.[2] === next?.[2] && Number(start?.[1]) + before.items.length === Number(next?.[1]);
}

/** What follows a heading: the story's prose, a list or a quotation, not another short line or heading. */
function isBody(block: RawBlock | undefined, heading: boolean): boolean {
	if (block?.kind === 'list' || block?.kind === 'quote') return !heading;
	if (block?.kind !== 'paragraph') return false;
	if (!isLoneLine(block)) return promo(block) === null;
	return isWholeQuote(block.text) || (!asideParts(block.text) && !looksLikeHeading(block.text));
}

/**
 * Which raw blocks are headings by their shape: a lone short line followed by the body (a short line
 * followed by a heading ends the section before it), or a part heading ("Part two") over one of those.
 * Worked from the end, since each answer depends on the next.
 */
function headingShapes(raw: RawBlock[]): boolean[] {
	const headings = raw.map(() => false);
	for (let i = raw.length - 1; i >= 0; i--) {
		const block = raw[i];
		const text = isLoneLine(block) ? block.text : isNumberedLine(block) ? collapse(block.firstLine) : null;
		if (text === null || !looksLikeHeading(text) || isWholeQuote(text) || asideParts(text)) continue;
		// "By Sam Lee" over prose is a byline out of place, not a section.
		if (isCreditLine(text)) continue;
		// A numbered line after another alone, numbered next, is a loose list's item (blank lines between items).
		if (continuesList(raw[i - 1], block)) continue;
		headings[i] =
			isBody(raw[i + 1], headings[i + 1] === true) || (isPartHeading(text) && headings[i + 1] === true);
	}
	return headings;
}

/**
 * Joins lists split by blank lines between their items (a loose list) back into one, in one pass (a long
 * loose list grows item by item, not copied again for each).
 */
function mergeLooseLists(blocks: Block[], sources: RawBlock[]): { blocks: Block[]; sources: RawBlock[] } {
	const merged: Block[] = [];
	const mergedSources: RawBlock[] = [];
	let open: { ordered: boolean; items: string[]; levels: number[] } | null = null;
	const close = () => {
		if (!open) return;
		const { ordered, items, levels } = open;
		// Levels only where an item is nested, as lists were stored before nesting.
		merged.push(
			levels.some((level) => level > 0)
				? { kind: 'list', ordered, items, levels }
				: { kind: 'list', ordered, items }
		);
		open = null;
	};
	blocks.forEach((block, i) => {
		const levels = block.kind === 'list' ? (block.levels ?? block.items.map(() => 0)) : [];
		if (block.kind === 'list' && open && continuesList(sources[i - 1], sources[i])) {
			open.items.push(...block.items);
			open.levels.push(...levels);
			return;
		}
		close();
		if (block.kind === 'list')
			open = { ordered: block.ordered, items: [...block.items], levels: [...levels] };
		else merged.push(block);
		mergedSources.push(sources[i] as RawBlock);
	});
	close();
	return { blocks: merged, sources: mergedSources };
}

/**
 * How many of a lead paragraph's first lines are metadata, each to be a line of its own: bylines and dates,
 * and a name alone over a date or byline (its own "By" left out).
 */
function metaLineCount(lines: string[], next: RawBlock | undefined): number {
	const nextLine = next?.kind === 'paragraph' ? next.lines[0] : undefined;
	let count = 0;
	for (const [i, line] of lines.entries()) {
		const below = i + 1 < lines.length ? lines[i + 1] : nextLine;
		if (isMetaLine(line) || (isNameLine(line) && below !== undefined && isMetaLine(below))) count++;
		else break;
	}
	return count;
}

/** Raw blocks as final ones, before the standfirst and heading ids; `sources` gets each one's raw block. */
function classify(raw: RawBlock[], sources: RawBlock[]): Block[] {
	const headings = headingShapes(raw);
	const blocks: Block[] = [];
	const push = (block: Block, source: RawBlock) => {
		blocks.push(block);
		sources.push(source);
	};
	// Metadata opens an article, before or just after its standfirst; the same line further on is the story's.
	let lead = true;
	let prose = 0;
	raw.forEach((block, index) => {
		if (block.kind === 'list') {
			lead = false;
			const { ordered, items, levels, firstLine } = block;
			const level = numberedLevel(firstLine) as HeadingLevel;
			if (headings[index]) push({ kind: 'heading', level, text: collapse(firstLine), id: '' }, block);
			else push(levels ? { kind: 'list', ordered, items, levels } : { kind: 'list', ordered, items }, block);
			return;
		}
		if (block.kind !== 'paragraph') {
			lead = false;
			push(block, block);
			return;
		}
		if (lead) {
			const count = metaLineCount(block.lines, raw[index + 1]);
			for (const line of block.lines.slice(0, count)) push({ kind: 'meta', text: collapse(line) }, block);
			if (count === block.lines.length) return;
			if (count > 0)
				block = {
					...block,
					lines: block.lines.slice(count),
					text: collapse(block.lines.slice(count).join(' ')),
					alone: false
				};
		}
		const aside = promo(block);
		if (aside) push({ kind: 'aside', ...aside }, block);
		else if (block.alone && isWholeQuote(block.text))
			push({ kind: 'quote', paragraphs: [block.text] }, block);
		else if (headings[index])
			push(
				{ kind: 'heading', level: numberedLevel(block.text) as HeadingLevel, text: block.text, id: '' },
				block
			);
		else {
			push({ kind: 'paragraph', text: block.text }, block);
			// The lead ends with the first prose paragraph after the standfirst.
			prose++;
		}
		if (prose > 1 || blocks.at(-1)?.kind !== 'paragraph') lead = false;
	});
	return blocks;
}

/** Part headings over plain ones: the plain headings after the first part heading go one level down. */
function nestUnderParts(blocks: Block[], sources: RawBlock[]): void {
	const parts = blocks.map(
		(block, i) => block.kind === 'heading' && isLoneLine(sources[i]) && isPartHeading(block.text)
	);
	const first = parts.findIndex((part, i) => part && blocks[i + 1]?.kind === 'heading');
	if (first === -1) return;
	blocks.forEach((block, i) => {
		if (i > first && block.kind === 'heading' && isLoneLine(sources[i]) && !parts[i] && block.level === 2)
			blocks[i] = { ...block, level: 3 };
	});
}

/** Raw blocks to final ones: promos, quotations, headings, metadata, the standfirst and unique heading ids. */
function finish(raw: RawBlock[]): Block[] {
	const classified: RawBlock[] = [];
	const { blocks, sources } = mergeLooseLists(classify(raw, classified), classified);
	nestUnderParts(blocks, sources);
	const headingId = headingIdMaker();
	let standfirstOpen = true;
	return blocks.map((block) => {
		if (block.kind === 'heading') {
			standfirstOpen = false;
			return { ...block, id: headingId(block.text) };
		}
		if (block.kind === 'paragraph' && standfirstOpen) {
			standfirstOpen = false;
			return { kind: 'standfirst', text: block.text };
		}
		return block;
	});
}

export { blockTexts };

/** Words in one block, counted the same way as the article's total. */
export function blockWords(block: Block, lang?: string): number {
	return blockTexts(block).reduce((sum, text) => sum + countWords(text, lang), 0);
}

/** Parses plain text or light Markdown into an article; never throws. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
	const lang = options.lang ?? 'en';
	const lines = normalise(String(text)).split('\n');
	let title: string;
	if (options.title !== undefined) {
		title = collapse(normalise(options.title));
	} else {
		const first = lines.findIndex((line) => line.trim() !== '');
		const line = first < 0 ? '' : (lines.splice(first, 1)[0] ?? '').trim();
		title = atxHeading(line)?.text ?? collapse(line);
	}
	const raw: RawBlock[] = [];
	let group: string[] = [];
	for (const line of [...lines, '']) {
		// Tabs as four spaces, so a nested list's indentation compares whatever was used.
		if (line.trim() !== '') group.push(line.trimEnd().replace(/\t/g, '    '));
		else if (group.length > 0) {
			raw.push(...groupBlocks(group));
			group = [];
		}
	}
	const blocks = finish(raw);
	const wordCount = blocks.reduce((sum, block) => sum + blockWords(block, lang), countWords(title, lang));
	return {
		id: options.id?.trim() || slugify(title) || 'article',
		title,
		lang,
		dir: options.dir ?? 'ltr',
		blocks,
		wordCount
	};
}
