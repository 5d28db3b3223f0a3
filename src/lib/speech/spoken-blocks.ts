// The blocks read aloud, known without cutting the article into speech items: the player's progress line has
// its stops (and the saved place its position) before read-aloud's code has loaded.
import { blockTexts } from '$lib/article/block-texts';
import type { Article } from '$lib/article/types';

/**
 * The index of each block read aloud, in order, -1 for the title: the blocks buildSpeechItems makes items for
 * (asides only when asked for; a block with no words makes none).
 */
export function spokenBlocks(article: Article, includeAsides: boolean): number[] {
	const read = (texts: string[]) => texts.some((text) => text.trim() !== '');
	return [
		...(read([article.title]) ? [-1] : []),
		...article.blocks.flatMap((block, index) =>
			(block.kind === 'aside' && !includeAsides) || !read(blockTexts(block)) ? [] : [index]
		)
	];
}
