// Structure you can hear: short spoken cues ("Heading", "List, 3 items", "Quote … End of quote") and pauses that
// grow with the break in the text. Pure. Cues are spoken as their own utterances and never shown, in the
// article's language (cue-words.ts); a language without cue words gets the pauses and no cue.
import type { Block } from '$lib/article/types';
import { headingLevelCue, itemCue, listCue, type CueWords } from './cue-words';

export type AnnounceLevel = 'text' | 'structure' | 'everything';

/** What is said around one part of a block (a paragraph, a list item, a quote paragraph). */
export interface PartCues {
	/** Said before the part's first sentence. */
	before?: string;
	/** Said after the part's last sentence. */
	after?: string;
}

/** Silence before an item, in ms: sentence < list item < paragraph < heading (a new section). */
export const PAUSE_MS = { sentence: 0, item: 250, paragraph: 450, heading: 900 } as const;

/**
 * The cues for each part of `block` at `level`, in the article's language (`lang`, whose `words` they are);
 * empty where there are none.
 */
export function blockCues(
	block: Block,
	level: AnnounceLevel,
	lang: string,
	words: CueWords | null
): PartCues[] {
	if (level === 'text' || !words) return [];
	const everything = level === 'everything';
	switch (block.kind) {
		case 'heading':
			return [{ before: everything ? headingLevelCue(words, block.level) : words.heading }];
		case 'list': {
			const cues: PartCues[] = block.items.map((_, i) =>
				everything ? { before: itemCue(words, i + 1) } : {}
			);
			const first = cues[0] ?? {};
			cues[0] = {
				...first,
				before: `${listCue(words, lang, block.items.length, block.ordered)} ${first.before ?? ''}`.trim()
			};
			if (everything) {
				const last = cues.length - 1;
				cues[last] = { ...cues[last], after: words.endOfList };
			}
			return cues;
		}
		case 'quote': {
			if (!everything) return [];
			const cues: PartCues[] = block.paragraphs.map(() => ({}));
			cues[0] = { before: words.quote };
			const last = cues.length - 1;
			cues[last] = { ...cues[last], after: words.endOfQuote };
			return cues;
		}
		case 'aside':
			return everything ? [{ before: words.related }] : [];
		default:
			return [];
	}
}

/** The pause before a block's first item, given the block before it. */
export function pauseBeforeBlock(block: Block): number {
	return block.kind === 'heading' ? PAUSE_MS.heading : PAUSE_MS.paragraph;
}

/** The pause before the second and later parts of a block: list items and quote paragraphs. */
export function pauseBeforePart(block: Block): number {
	return block.kind === 'list' ? PAUSE_MS.item : PAUSE_MS.paragraph;
}
