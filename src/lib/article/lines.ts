// The lines of one blank-line-separated group of plain text, cut into raw blocks by what starts each line:
// an ATX heading, a list marker, a quotation mark, or nothing (prose). Indentation is kept for nested lists.
import { looksLikeHeading } from './rules';
import type { Block } from './types';

const ATX_HEADING = /^(#{1,6})(?:\s+|$)(.*)$/;
// Bullets people type or paste from word processors; an em dash is left out, it opens dialogue.
const BULLET = /^[-*•–·◦▪]\s+/;
const NUMBER = /^\p{Nd}{1,3}[.)]\s+/u;
// "a)", "(b)", "iv)": a closing bracket, since "a." and "I." start sentences and initials.
const LETTER = /^\(?(?:[a-zA-Z]|[ivx]{2,4})\)\s+/;
const QUOTE_MARK = /^(?:>+(?:\s+|$))+/;
// "ALICE: Hi." or "Dr Jones: Thank you." opening a line of a transcript.
const SPEAKER = /^\p{Lu}[\p{L}.'’ -]{0,30}[:：]\s/u;

export type Marker = 'bullet' | 'number' | 'letter';

/** A block before the parser has looked at its neighbours; prose keeps its lines for that. */
export type RawBlock =
	| Exclude<Block, { kind: 'paragraph' } | { kind: 'list' }>
	| {
			kind: 'paragraph';
			text: string;
			lines: string[];
			/** The whole blank-line-separated group, not a part of one. */
			alone: boolean;
	  }
	| {
			kind: 'list';
			ordered: boolean;
			items: string[];
			levels?: number[];
			marker: Marker;
			/** The first line as written, marker included, for a numbered heading ("1. Background"). */
			firstLine: string;
			alone: boolean;
	  };

export function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The text of an ATX heading line without its hashes and closing sequence, or null when it is not one. */
export function atxHeading(line: string): { level: number; text: string } | null {
	const match = ATX_HEADING.exec(line);
	if (!match) return null;
	const text = collapse(match[2] ?? '').replace(/(?:^|\s+)#+$/, '');
	return { level: (match[1] ?? '#').length, text };
}

function markerOf(line: string): { marker: Marker; pattern: RegExp } | null {
	if (BULLET.test(line)) return { marker: 'bullet', pattern: BULLET };
	if (NUMBER.test(line)) return { marker: 'number', pattern: NUMBER };
	if (LETTER.test(line)) return { marker: 'letter', pattern: LETTER };
	return null;
}

interface Line {
	text: string;
	indent: number;
}

type Run =
	| { kind: 'prose'; lines: Line[] }
	| { kind: 'quote'; lines: Line[] }
	| { kind: 'list'; marker: Marker; items: Array<{ text: string; indent: number }>; first: string };

/** Levels from indentation: deeper than the item above opens a level, back out to the matching one. */
function levelsOf(indents: number[]): number[] | undefined {
	const stack: number[] = [];
	const levels = indents.map((indent) => {
		while (stack.length > 0 && indent < (stack[stack.length - 1] ?? 0)) stack.pop();
		if (stack.length === 0 || indent > (stack[stack.length - 1] ?? 0)) stack.push(indent);
		return stack.length - 1;
	});
	return levels.some((level) => level > 0) ? levels : undefined;
}

function quoteBlock(lines: Line[]): RawBlock | null {
	const paragraphs: string[][] = [[]];
	for (const line of lines) {
		const content = line.text.replace(QUOTE_MARK, '').trim();
		if (content === '') paragraphs.push([]);
		else paragraphs[paragraphs.length - 1]?.push(content);
	}
	const texts = paragraphs.filter((p) => p.length > 0).map((p) => collapse(p.join(' ')));
	return texts.length > 0 ? { kind: 'quote', paragraphs: texts } : null;
}

/** Prose lines; a transcript's speaker lines each start a paragraph of their own. */
function proseBlocks(lines: Line[], alone: boolean): RawBlock[] {
	const texts = lines.map((line) => line.text);
	const speakers = texts.filter((text) => SPEAKER.test(text)).length;
	const cuts: string[][] = [];
	for (const text of texts) {
		if (cuts.length === 0 || (speakers >= 2 && SPEAKER.test(text))) cuts.push([text]);
		else cuts[cuts.length - 1]?.push(text);
	}
	return cuts.map((part) => ({
		kind: 'paragraph',
		text: collapse(part.join(' ')),
		lines: part,
		alone: alone && cuts.length === 1
	}));
}

function runBlocks(run: Run, alone: boolean): RawBlock[] {
	if (run.kind === 'prose') return proseBlocks(run.lines, alone);
	if (run.kind === 'quote') {
		const block = quoteBlock(run.lines);
		return block ? [block] : [];
	}
	const levels = levelsOf(run.items.map((item) => item.indent));
	return [
		{
			kind: 'list',
			ordered: run.marker !== 'bullet',
			items: run.items.map((item) => collapse(item.text)),
			...(levels ? { levels } : {}),
			marker: run.marker,
			firstLine: run.first,
			alone
		}
	];
}

const lastLine = (run: Run) => (run.kind === 'list' ? '' : (run.lines.at(-1)?.text ?? ''));

const isHeadingOverList = (lines: Line[]) => lines.length === 1 && looksLikeHeading(lines[0]?.text ?? '');

/** Splits one group of lines (untrimmed, tabs as four spaces) into raw blocks. */
export function groupBlocks(rawLines: string[]): RawBlock[] {
	const blocks: RawBlock[] = [];
	let runs = 0;
	// A heading line over a list needs a list under it, not one wrapped line that starts with a dash.
	const markers = rawLines.filter((line) => markerOf(line.trim())).length;
	let run: Run | null = null;
	const flush = (next: Run | null) => {
		if (run) {
			blocks.push(...runBlocks(run, false));
			runs++;
		}
		run = next;
	};
	for (const raw of rawLines) {
		const indent = raw.length - raw.trimStart().length;
		const text = raw.trim();
		const heading = atxHeading(text);
		if (heading) {
			// Markdown lets a heading line interrupt text.
			flush(null);
			runs++;
			const level = Math.min(6, Math.max(2, heading.level)) as 2 | 3 | 4 | 5 | 6;
			if (heading.text !== '') blocks.push({ kind: 'heading', level, text: heading.text, id: '' });
			continue;
		}
		const found = markerOf(text);
		const current = run as Run | null;
		if (found && current?.kind === 'list') {
			current.items.push({ text: text.replace(found.pattern, ''), indent });
		} else if (
			found &&
			current?.kind === 'prose' &&
			runs === 0 &&
			markers > 1 &&
			isHeadingOverList(current.lines)
		) {
			// A heading line directly over its list ("Ingredients" then "- 200g flour") stands alone.
			blocks.push(...proseBlocks(current.lines, true));
			runs++;
			run = {
				kind: 'list',
				marker: found.marker,
				items: [{ text: text.replace(found.pattern, ''), indent }],
				first: text
			};
		} else if (found && (!current || /[:：]$/u.test(lastLine(current)))) {
			// A list starts a group, or follows its introducing line ("You will need:") with no blank line.
			flush({
				kind: 'list',
				marker: found.marker,
				items: [{ text: text.replace(found.pattern, ''), indent }],
				first: text
			});
		} else if (QUOTE_MARK.test(text) && current?.kind !== 'quote') {
			// A quotation may follow the line that introduces it.
			flush({ kind: 'quote', lines: [{ text, indent }] });
		} else if (current?.kind === 'list') {
			// An item wraps over several lines.
			const last = current.items[current.items.length - 1];
			if (last) last.text += ` ${text}`;
		} else if (current) {
			current.lines.push({ text, indent });
		} else {
			run = { kind: 'prose', lines: [{ text, indent }] };
		}
	}
	const last = run as Run | null;
	if (last) blocks.push(...runBlocks(last, runs === 0));
	return blocks;
}
