import { describe, expect, it } from 'vitest';
import { nextBlockIndex, nextSentenceIndex, previousBlockIndex, previousSentenceIndex } from './navigation';
import { positionedItem } from '$lib/testing/speech-factory';

// 0: title; 1–2: block 0 sentence 0 in two chunks; 3: block 0 sentence 1; 4: block 1; 5: block 2 part 1.
const items = [
	positionedItem(-1, 0),
	positionedItem(0, 0, 0),
	positionedItem(0, 0, 1),
	positionedItem(0, 1),
	positionedItem(1, 0),
	positionedItem(2, 0, 0, 1)
];

describe('skipping through speech items', () => {
	it('goes to the next sentence past the chunks of the current one', () => {
		expect(nextSentenceIndex(items, 1)).toBe(3);
		expect(nextSentenceIndex(items, 2)).toBe(3);
		expect(nextSentenceIndex(items, 5)).toBe(items.length);
	});

	it('goes back to the start of the current sentence first, then to the previous one', () => {
		expect(previousSentenceIndex(items, 2)).toBe(1);
		expect(previousSentenceIndex(items, 1)).toBe(0);
		expect(previousSentenceIndex(items, 3)).toBe(1);
		expect(previousSentenceIndex(items, 0)).toBe(0);
	});

	it('skips whole blocks, and back to the start of the current block first', () => {
		expect(nextBlockIndex(items, 0)).toBe(1);
		expect(nextBlockIndex(items, 2)).toBe(4);
		expect(previousBlockIndex(items, 3)).toBe(1);
		expect(previousBlockIndex(items, 1)).toBe(0);
		expect(previousBlockIndex(items, 5)).toBe(4);
	});
});
