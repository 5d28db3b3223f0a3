// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockInView, blockOnScreen, focusedBlock } from './start-point';

/** An article of `count` blocks, each 100 px tall, laid out from `offset` (jsdom does no layout). */
function article(count: number, offset: number): HTMLElement {
	const root = document.createElement('article');
	for (let block = 0; block < count; block++) {
		const paragraph = document.createElement('p');
		paragraph.dataset.block = String(block);
		paragraph.tabIndex = -1;
		const top = offset + block * 100;
		paragraph.getBoundingClientRect = () => ({ top, bottom: top + 100 }) as DOMRect;
		root.append(paragraph);
	}
	document.body.replaceChildren(root);
	return root;
}

describe('where Play starts', () => {
	it('finds a saved block on screen, and not one scrolled past or below', () => {
		// Scrolled so that block 3 is at the top of a 768 px window (jsdom's innerHeight)
		const root = article(20, -300);
		expect(blockOnScreen(root, 3)).toBe(true);
		expect(blockOnScreen(root, 4)).toBe(true);
		expect(blockOnScreen(root, 2)).toBe(false);
		expect(blockOnScreen(root, 11)).toBe(false);
		expect(blockOnScreen(root, 99)).toBe(false);
	});

	it('takes a focused paragraph as the reader’s choice over the view', () => {
		const root = article(5, 0);
		expect(focusedBlock(root)).toBeNull();
		root.querySelector<HTMLElement>('[data-block="2"]')?.focus();
		expect(focusedBlock(root)).toBe(2);
		expect(blockInView(root)).toBe(2);
	});

	it('starts from the block scrolled to the top, though scrolling left it a fraction of a pixel above', () => {
		// Restored with scrollIntoView: scrollY is a whole number, the block's top is not
		const root = article(20, -300.4);
		const scrolled = { scrollY: 300, document } as unknown as Window;
		expect(blockInView(root, scrolled)).toBe(3);
		// A whole pixel above is scrolled past
		expect(blockInView(article(20, -301), scrolled)).toBe(4);
	});
});
