// A book's chapters as one article's blocks: each contents entry a heading (h2 for the top level, deeper
// entries below it), the chapters' own headings set beneath the entry they belong to.
import { headingIdMaker } from '$lib/article/slug';
import type { Block, HeadingLevel } from '$lib/article/types';
import { comparable, type Draft } from './html-blocks';

export interface OutlineEntry {
	label: string;
	depth: number;
}

export interface OutlineChapter {
	drafts: Draft[];
	/** The contents entry a placeholder heading's text stands for. */
	entries: ReadonlyMap<string, OutlineEntry>;
}

type HeadingDraft = Extract<Draft, { kind: 'heading' }>;

function level(value: number): HeadingLevel {
	return Math.min(6, Math.max(2, Math.round(value))) as HeadingLevel;
}

/** "Chapter 1" and "Chapter 1: Loomings" are one heading; whole words only, so "I" is not in "It began". */
function sameHeading(a: string, b: string): boolean {
	const [x, y] = [comparable(a), comparable(b)];
	return x !== '' && y !== '' && (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

/**
 * Joins the chapters into blocks. A chapter heading that repeats the entry just placed above it is merged into
 * it, keeping the longer wording, so a title is never read twice; headings repeating the book's title before
 * the first entry (a title page) are dropped for the same reason.
 */
export function outlineBlocks(chapters: readonly OutlineChapter[], title: string): Block[] {
	const drafts: Draft[] = [];
	let seenEntry = false;
	for (const chapter of chapters) {
		const own = chapter.drafts.filter(
			(draft): draft is HeadingDraft => draft.kind === 'heading' && !chapter.entries.has(draft.text)
		);
		const top = Math.min(6, ...own.map((heading) => heading.level));
		// Without an entry, a chapter's top heading is an h2; below an entry, one level under it
		let offset = 2 - top;
		let placed: HeadingDraft | null = null;
		for (const draft of chapter.drafts) {
			if (draft.kind !== 'heading') {
				placed = null;
				drafts.push(draft);
				continue;
			}
			const entry = chapter.entries.get(draft.text);
			if (entry) {
				placed = { kind: 'heading', level: level(2 + entry.depth), text: entry.label, id: '' };
				drafts.push(placed);
				offset = placed.level + 1 - top;
				seenEntry = true;
			} else if (placed && sameHeading(placed.text, draft.text)) {
				if (comparable(draft.text).length > comparable(placed.text).length) placed.text = draft.text;
				offset = placed.level - draft.level;
				placed = null;
			} else if (!seenEntry && comparable(draft.text) === comparable(title) && comparable(title) !== '') {
				placed = null;
			} else {
				placed = null;
				drafts.push({ ...draft, level: level(draft.level + offset) });
			}
		}
	}
	const headingId = headingIdMaker();
	return drafts.map((draft) =>
		draft.kind === 'heading'
			? { kind: 'heading', level: level(draft.level), text: draft.text, id: headingId(draft.text) }
			: draft
	);
}
