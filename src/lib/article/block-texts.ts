// A block's readable strings: a module of its own, so the reader page can count what is read aloud
// (speech/spoken-blocks.ts) without loading the parser.
import type { Block } from './types';

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
