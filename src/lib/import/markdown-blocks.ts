// Markdown's block structure rewritten as the light plain text parseArticle reads: "#" headings, "-" and "1."
// lists, ">" quotes and blank-line paragraphs. Code blocks are set aside, so their lines are never read as syntax.
import { stripInline } from './markdown-inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const TASK_BOX = /^\[[ xX]\]\s+/;
const QUOTE = /^ {0,3}>/;
const QUOTED_MARKER = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;
// CommonMark's HTML block starts; such lines are kept verbatim, as literal text, up to the next blank line.
const HTML_BLOCK = /^ {0,3}<(?:\/?[a-z][a-z0-9-]*(?:[\s/>]|$)|!--|\?|![a-z]|!\[CDATA\[)/i;
const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
// Text parseArticle would read as block syntax, such as an escaped "\# not a heading" or a `- flag` code span.
const BLOCK_SYNTAX = /^(?:#{1,6}(?:\s|$)|[-*•]\s|\d{1,3}[.)]\s|>)/;
// An invisible WORD JOINER in front keeps such text a paragraph without showing the reader a backslash.
const WORD_JOINER = '\u2060';
/** Marks the line that stands for a code block: private-use characters no real text contains. */
export const CODE_MARK = '\uE000';

type LineKind = 'blank' | 'paragraph' | 'list' | 'quote' | 'heading' | 'html' | 'code' | 'row';

export interface LightText {
	text: string;
	/** The front matter's title, when there is one. */
	title?: string;
	/** Each code block's paragraphs, in the order of their CODE_MARK lines. */
	code: string[][];
	/** Texts of the headings Markdown marked as such; parseArticle may guess more from short lines. */
	headings: string[];
}

// A divider needs a pipe, so "a | b" over "---" stays a setext heading.
const isTableDivider = (line: string) => line.includes('|') && TABLE_DIVIDER.test(line);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const literal = (text: string) => (BLOCK_SYNTAX.test(text) ? `${WORD_JOINER}${text}` : text);
const isOrdered = (marker: string) => /\d/.test(marker);

function tableCells(line: string): string[] {
	return line
		.trim()
		.replace(/^\||\|$/g, '')
		.split(/(?<!\\)\|/)
		.map((cell) => stripInline(cell.trim()))
		.filter((cell) => cell !== '');
}

/** YAML front matter: dropped from the text, its title kept. */
function frontMatter(lines: string[]): { title?: string; skip: number } {
	if (lines[0]?.trim() !== '---') return { skip: 0 };
	const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
	if (end < 0 || !lines.slice(1, end).every((line) => /^(?:[\w-]+:|\s|-\s|$)/.test(line))) return { skip: 0 };
	const title = lines
		.slice(1, end)
		.map((line) => /^title:\s*(.*?)\s*$/i.exec(line)?.[1]?.replace(/^(["'])(.*)\1$/, '$2'))
		.find((value) => value);
	return title ? { title, skip: end + 1 } : { skip: end + 1 };
}

class LightTextWriter {
	readonly out: string[] = [];
	readonly code: string[][] = [];
	readonly headings: string[] = [];
	kind: LineKind = 'blank';
	private paragraphStart = 0;
	private ordered = false;

	push(line: string, next: LineKind): void {
		// Markdown lets a list, quote or heading interrupt a paragraph; parseArticle needs a blank line between.
		if (this.kind !== 'blank' && next !== 'blank' && next !== this.kind) this.out.push('');
		if (next === 'paragraph' && this.kind !== 'paragraph') this.paragraphStart = this.out.length;
		this.out.push(line);
		this.kind = next;
	}

	heading(level: number, text: string): void {
		const heading = collapse(text);
		this.headings.push(heading);
		this.push(`${'#'.repeat(level)} ${heading}`, 'heading');
	}

	/** A setext underline turns the paragraph above it into a heading. */
	underline(level: number): void {
		const text = this.out.splice(this.paragraphStart).join(' ');
		this.kind = 'blank';
		this.heading(level, text);
	}

	item(marker: string, nested: boolean, text: string): void {
		// A top-level item of the other kind ("1." after "-") starts a new list.
		if (this.kind !== 'list' || (!nested && isOrdered(marker) !== this.ordered)) {
			this.push('', 'blank');
			this.ordered = isOrdered(marker);
		}
		this.push(`${this.ordered ? '1.' : '-'} ${text}`, 'list');
	}

	/** Whether a blank line is only the gap between two items of one loose list. */
	continuesList(next: string): boolean {
		const item = LIST_ITEM.exec(next);
		return (
			this.kind === 'list' && item !== null && (item[1] !== '' || isOrdered(item[2] ?? '') === this.ordered)
		);
	}

	codeBlock(lines: string[]): void {
		const paragraphs = lines
			.join('\n')
			.split(/\n\s*\n/)
			.map(collapse)
			.filter((text) => text !== '');
		this.code.push(paragraphs);
		this.push('', 'blank');
		this.push(`${CODE_MARK}${this.code.length - 1}${CODE_MARK}`, 'code');
		this.push('', 'blank');
	}
}

/** Rewrites Markdown into the light plain-text form parseArticle reads. */
export function toLightText(markdown: string): LightText {
	const all = markdown
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	const front = frontMatter(all);
	const lines = all.slice(front.skip);
	const writer = new LightTextWriter();
	let html = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const fence = html ? null : FENCE.exec(line);
		if (fence) {
			const marker = fence[1] ?? '```';
			const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
			const end = lines.findIndex((candidate, index) => index > i && close.test(candidate));
			const stop = end < 0 ? lines.length : end;
			writer.codeBlock(lines.slice(i + 1, stop));
			i = stop;
		} else if (line.trim() === '') {
			html = false;
			if (!writer.continuesList(lines[i + 1] ?? '')) writer.push('', 'blank');
		} else if (html || (writer.kind !== 'paragraph' && HTML_BLOCK.test(line))) {
			html = true;
			writer.push(line.trim(), 'html');
		} else if (writer.kind === 'paragraph' && SETEXT.test(line)) {
			writer.underline(line.trim().startsWith('=') ? 1 : 2);
		} else if (RULE.test(line)) {
			writer.push('', 'blank');
		} else if (REFERENCE.test(line) && writer.kind !== 'paragraph') {
			continue;
		} else if (line.includes('|') && isTableDivider(lines[i + 1] ?? '')) {
			// One paragraph per row, header first, cells read as a list: "Name, Age".
			const rows = [line];
			for (i += 2; lines[i]?.includes('|'); i++) rows.push(lines[i] ?? '');
			i--;
			for (const row of rows) {
				writer.push('', 'blank');
				writer.push(literal(tableCells(row).join(', ')), 'row');
			}
		} else {
			const heading = ATX.exec(line);
			const item = heading ? null : LIST_ITEM.exec(line);
			if (heading) writer.heading(heading[1]?.length ?? 1, stripInline(heading[2] ?? ''));
			else if (item && (item[3] || writer.kind === 'list')) {
				const text = stripInline((item[3] ?? '').replace(TASK_BOX, ''));
				writer.item(item[2] ?? '-', item[1] !== '', text);
			} else if (QUOTE.test(line)) {
				const content = line.replace(/^(?:\s*>)+\s?/, '').replace(QUOTED_MARKER, '');
				writer.push(`> ${stripInline(content)}`, 'quote');
			} else {
				// Lazy continuation: a plain line straight after a list item or quote line belongs to it.
				const lazy = writer.kind === 'list' || writer.kind === 'quote';
				writer.push(literal(stripInline(line.trim())), lazy ? writer.kind : 'paragraph');
			}
		}
	}
	const { out, code, headings } = writer;
	return { text: out.join('\n'), title: front.title, code, headings };
}
