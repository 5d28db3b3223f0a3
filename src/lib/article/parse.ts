import type { Article, Block, HeadingLevel, ParseOptions } from './types';
import { headingIdMaker, slugify } from './slug';
import { countWords } from './words';

const ATX_HEADING = /^(#{1,6})(?:\s+|$)(.*)$/;
const BULLET = /^[-*•]\s+/;
const NUMBER = /^\d{1,3}[.)]\s+/;
const QUOTE_MARK = /^(?:>+(?:\s+|$))+/;

/** A block of the body before asides, headings and the standfirst are recognised. */
type RawBlock = Exclude<Block, { kind: 'paragraph' }> | { kind: 'paragraph'; text: string; lines: number };

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

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The text of an ATX heading line without its hashes and closing sequence, or null when it is not one. */
function atxHeading(line: string): { level: number; text: string } | null {
	const match = ATX_HEADING.exec(line);
	if (!match) return null;
	const text = collapse(match[2] ?? '').replace(/(?:^|\s+)#+$/, '');
	return { level: (match[1] ?? '#').length, text };
}

/** "Label: words" promo line: ≤ 12 words and ≤ 90 chars, 1–4 word capitalised label, no closing punctuation. */
function asideParts(text: string): { label: string; text: string } | null {
	if (text.length > 90 || text.split(' ').length > 12 || /[.!?…"”'’)]$/.test(text)) return null;
	const colon = text.indexOf(': ');
	if (colon < 1) return null;
	const label = text.slice(0, colon);
	const rest = text.slice(colon + 2);
	if (!/^\p{Lu}[^,;:!?]*\S$|^\p{Lu}$/u.test(label) || label.split(' ').length > 4) return null;
	return /[\p{L}\p{N}]/u.test(rest) ? { label, text: rest } : null;
}

/** A heading is a phrase, not a sentence: 1–12 words, ≤ 80 chars, no comma or semicolon, no end punctuation, not starting lower-case. */
function looksLikeHeading(text: string): boolean {
	if (text.length > 80 || text.split(' ').length > 12 || /[,;]/.test(text)) return false;
	if (/[.!?:;…]$/.test(text.replace(/["'”’»)\]]+$/, ''))) return false;
	const firstLetter = /\p{L}/u.exec(text)?.[0];
	return firstLetter !== undefined && !/\p{Ll}/u.test(firstLetter);
}

function listBlock(lines: string[], marker: RegExp, ordered: boolean): RawBlock {
	const items: string[] = [];
	for (const line of lines) {
		if (marker.test(line) || items.length === 0) items.push(line.replace(marker, ''));
		else items[items.length - 1] += ` ${line}`;
	}
	return { kind: 'list', ordered, items: items.map(collapse) };
}

function quoteBlock(lines: string[]): RawBlock | null {
	const paragraphs: string[][] = [[]];
	for (const line of lines) {
		const content = line.replace(QUOTE_MARK, '').trim();
		if (content === '') paragraphs.push([]);
		else paragraphs[paragraphs.length - 1]?.push(content);
	}
	const texts = paragraphs.filter((p) => p.length > 0).map((p) => collapse(p.join(' ')));
	return texts.length > 0 ? { kind: 'quote', paragraphs: texts } : null;
}

/** Classifies a run of lines that holds no ATX heading. */
function runBlock(lines: string[]): RawBlock | null {
	const first = lines[0];
	if (first === undefined) return null;
	if (BULLET.test(first)) return listBlock(lines, BULLET, false);
	if (NUMBER.test(first)) return listBlock(lines, NUMBER, true);
	if (QUOTE_MARK.test(first)) return quoteBlock(lines);
	return { kind: 'paragraph', text: collapse(lines.join(' ')), lines: lines.length };
}

/** Splits one blank-line-separated group at its ATX heading lines, which Markdown lets interrupt text. */
function groupBlocks(lines: string[]): RawBlock[] {
	const blocks: RawBlock[] = [];
	let run: string[] = [];
	const flush = () => {
		const block = runBlock(run);
		if (block) blocks.push(block);
		run = [];
	};
	for (const line of lines) {
		const heading = atxHeading(line);
		if (!heading) {
			run.push(line);
			continue;
		}
		flush();
		const level = Math.min(6, Math.max(2, heading.level)) as HeadingLevel;
		if (heading.text !== '') blocks.push({ kind: 'heading', level, text: heading.text, id: '' });
	}
	flush();
	return blocks;
}

function isPlainLine(block: RawBlock | undefined): block is RawBlock & { kind: 'paragraph' } {
	return block?.kind === 'paragraph' && block.lines === 1;
}

function isProse(block: RawBlock | undefined): boolean {
	if (block?.kind !== 'paragraph') return false;
	return !isPlainLine(block) || (!asideParts(block.text) && !looksLikeHeading(block.text));
}

/** Turns raw blocks into final ones: asides, plain-text headings, the standfirst and unique heading ids. */
function finish(raw: RawBlock[]): Block[] {
	const headingId = headingIdMaker();
	const blocks: Block[] = [];
	let standfirstOpen = true;
	raw.forEach((block, index) => {
		let next: Block = block.kind === 'paragraph' ? { kind: 'paragraph', text: block.text } : block;
		if (isPlainLine(block)) {
			const aside = asideParts(block.text);
			if (aside) next = { kind: 'aside', ...aside };
			else if (looksLikeHeading(block.text) && isProse(raw[index + 1]))
				next = { kind: 'heading', level: 2, text: block.text, id: '' };
		}
		if (next.kind === 'heading') {
			standfirstOpen = false;
			next = { ...next, id: headingId(next.text) };
		} else if (next.kind === 'paragraph' && standfirstOpen) {
			standfirstOpen = false;
			next = { kind: 'standfirst', text: next.text };
		}
		blocks.push(next);
	});
	return blocks;
}

/** The readable strings of a block, in order; an aside reads as "Label: text". */
export function blockTexts(block: Block): string[] {
	switch (block.kind) {
		case 'list':
			return block.items;
		case 'quote':
			return block.paragraphs;
		case 'aside':
			return [`${block.label}: ${block.text}`];
		default:
			return [block.text];
	}
}

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
		const trimmed = line.trim();
		if (trimmed !== '') group.push(trimmed);
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
