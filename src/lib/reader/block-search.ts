// Finding the block at an edge of the window without measuring every block: an article's blocks run down the
// page in document order, so their boxes are sorted and a bisection measures about a dozen of 7,000. Measuring
// each one would also lay out every skipped group of a long article (content-visibility) above the window.

/**
 * The first block (in document order) whose box satisfies `past`, a test that, once true for a block, is true
 * for every later one (its bottom is below the window's top, say); undefined when none does.
 */
export function firstBlockWhere(root: ParentNode, past: (box: DOMRect) => boolean): HTMLElement | undefined {
	const blocks = root.querySelectorAll<HTMLElement>('[data-block]');
	let low = 0;
	let high = blocks.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const block = blocks[middle];
		if (block && past(block.getBoundingClientRect())) high = middle;
		else low = middle + 1;
	}
	return blocks[low];
}
