import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddedArticle, parseArticle } from '$lib/article';
import { buildSpeechItems } from './speech-items';
import { spokenBlocks } from './spoken-blocks';

/** The blocks the items are made of, in order, as the controller finds its progress line's stops. */
const itemBlocks = (items: { block: number }[]) =>
	items.flatMap((item, index) => (index === 0 || items[index - 1]?.block !== item.block ? [item.block] : []));

describe('spokenBlocks', () => {
	it('gives the embedded article its title and every block but the promos, unless they are asked for', () => {
		const article = embeddedArticle();
		const asides = article.blocks.flatMap((block, index) => (block.kind === 'aside' ? [index] : []));
		expect(asides.length).toBeGreaterThan(0);
		const without = spokenBlocks(article, false);
		expect(without[0]).toBe(-1);
		expect(without.some((block) => asides.includes(block))).toBe(false);
		expect(spokenBlocks(article, true)).toHaveLength(article.blocks.length + 1);
	});

	it('names exactly the blocks the speech items are made of, for any text', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.string(),
						fc.constantFrom('## A heading', '- an item', '> a quote', '', ' ', '.'),
						fc.constant('Middle East latest: Follow live updates')
					),
					{ maxLength: 12 }
				),
				fc.boolean(),
				(lines, includeAsides) => {
					const article = parseArticle(lines.join('\n\n'), { lang: 'en' });
					expect(spokenBlocks(article, includeAsides)).toEqual(
						itemBlocks(buildSpeechItems(article, { includeAsides }))
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});
