import type { Block } from './types';

/**
 * How many blocks open an article in its header: its metadata (byline, dates) and standfirst, in their order.
 * Apart from the parser, so the reader's page can ask without loading it.
 */
export function leadBlocks(blocks: readonly Block[]): number {
	const end = blocks.findIndex((block) => block.kind !== 'meta' && block.kind !== 'standfirst');
	return end === -1 ? blocks.length : end;
}
