import { blockTexts, countWords, splitSentences, type Article } from '$lib/article';
import type { CueWords } from './cue-words';
import { blockCues, pauseBeforeBlock, pauseBeforePart, type AnnounceLevel, type PartCues } from './cues';

/** One utterance: a speech chunk of a display sentence, with where it sits in the article. */
export interface SpeechItem {
	/** Index into `article.blocks`; -1 is the title. */
	block: number;
	/** List item or quote paragraph index; 0 otherwise. */
	part: number;
	/** Index of the display sentence within the part. */
	sentence: number;
	chunk: number;
	text: string;
	/** Offsets of the chunk within the part's text. */
	start: number;
	end: number;
	lang: string;
	/** Words in `text`, counted with the items (in the worker) for the listening-time estimate. */
	words: number;
	/** A spoken cue before the item ("Heading."), never shown and never highlighted. */
	cue?: string;
	/** A spoken cue after the item ("End of quote."). */
	cueAfter?: string;
	/** Silence before the item when reading on into it, longer at bigger breaks (cues.ts). */
	pauseMs?: number;
}

export interface SpeechItemOptions {
	/** Related-content promos ("Middle East latest: …") interrupt the story, so they are skipped unless asked for. */
	includeAsides: boolean;
	/**
	 * Spoken cues and structural pauses; absent means neither (the bare sentences). The reader's setting is
	 * 'structure' by default, and 'everything' reads the promos too.
	 */
	announce?: AnnounceLevel;
	/** The cue words of the article's language (loadCueWords), or none: then only the pauses mark structure. */
	cueWords?: CueWords | null;
}

function partItems(text: string, block: number, part: number, lang: string): SpeechItem[] {
	return splitSentences(text, lang).flatMap((sentence, index) =>
		sentence.chunks.map((chunk, chunkIndex) => ({
			block,
			part,
			sentence: index,
			chunk: chunkIndex,
			text: chunk.text,
			start: chunk.start,
			end: chunk.end,
			lang,
			words: countWords(chunk.text, lang)
		}))
	);
}

/** Puts a part's cues and the pause before it on its first and last items. */
function withStructure(items: SpeechItem[], cues: PartCues | undefined, pauseMs: number): SpeechItem[] {
	const first = items[0];
	const last = items[items.length - 1];
	if (!first || !last) return items;
	if (pauseMs > 0) first.pauseMs = pauseMs;
	if (cues?.before) first.cue = cues.before;
	if (cues?.after) last.cueAfter = cues.after;
	return items;
}

/** Everything read aloud, in reading order: the title, then each block's parts, sentence by sentence. */
export function buildSpeechItems(
	article: Article,
	options: SpeechItemOptions = { includeAsides: false }
): SpeechItem[] {
	const items = partItems(article.title, -1, 0, article.lang);
	const announce = options.announce;
	article.blocks.forEach((block, index) => {
		if (block.kind === 'aside' && !options.includeAsides) return;
		const cues = announce ? blockCues(block, announce, article.lang, options.cueWords ?? null) : [];
		blockTexts(block).forEach((text, part) => {
			const made = partItems(text, index, part, article.lang);
			if (!announce) return items.push(...made);
			const pause = part === 0 ? pauseBeforeBlock(block) : pauseBeforePart(block);
			items.push(...withStructure(made, cues[part], pause));
		});
	});
	return items;
}
