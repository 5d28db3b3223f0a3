// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstBlockWhere } from './block-search';

/** Blocks of the given heights, laid out downwards from `offset`, counting how often each is measured. */
function blocks(heights: number[], offset: number): { root: HTMLElement; measured: () => number } {
	const root = document.createElement('article');
	let measured = 0;
	let top = offset;
	heights.forEach((height, index) => {
		const block = document.createElement('p');
		block.dataset.block = String(index);
		const box = { top, bottom: top + height } as DOMRect;
		block.getBoundingClientRect = () => {
			measured++;
			return box;
		};
		root.append(block);
		top += height;
	});
	return { root, measured: () => measured };
}

describe('firstBlockWhere', () => {
	it('finds the same block as measuring every one, in about log2(n) measurements', () => {
		const heights = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 0, maxLength: 3000 });
		fc.assert(
			fc.property(heights, fc.integer({ min: -100_000, max: 1000 }), (list, offset) => {
				const { root, measured } = blocks(list, offset);
				const below = (box: DOMRect) => box.bottom > 0;
				const found = firstBlockWhere(root, below);
				const count = measured();
				const expected = [...root.querySelectorAll<HTMLElement>('[data-block]')].find((block) =>
					below(block.getBoundingClientRect())
				);
				expect(found).toBe(expected);
				expect(count).toBeLessThanOrEqual(Math.ceil(Math.log2(list.length + 1)));
			})
		);
	});

	it('finds the block at the top of the window in a 7,000-block article', () => {
		const { root, measured } = blocks(Array(7000).fill(120), -500_000);
		expect(firstBlockWhere(root, (box) => box.bottom > 0)?.dataset.block).toBe('4166');
		expect(measured()).toBeLessThanOrEqual(13);
		expect(firstBlockWhere(root, () => false)).toBeUndefined();
	});
});
