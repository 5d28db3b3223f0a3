import { blockTexts, countWords, splitSentences, type Article } from '$lib/article';

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
}

export interface SpeechItemOptions {
	/** Related-content promos ("Middle East latest: …") interrupt the story, so they are skipped unless asked for. */
	includeAsides: boolean;
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

/** Everything read aloud, in reading order: the title, then each block's parts, sentence by sentence. */
export function buildSpeechItems(
	article: Article,
	options: SpeechItemOptions = { includeAsides: false }
): SpeechItem[] {
	const items = partItems(article.title, -1, 0, article.lang);
	article.blocks.forEach((block, index) => {
		if (block.kind === 'aside' && !options.includeAsides) return;
		blockTexts(block).forEach((text, part) => items.push(...partItems(text, index, part, article.lang)));
	});
	return items;
}
