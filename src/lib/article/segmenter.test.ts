import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmenter, segments } from './segmenter';

function boundaries(list: Iterable<Intl.SegmentData>): number[] {
	return Array.from(list, (segment) => segment.index);
}

describe('segments', () => {
	it('gives the same segments as Intl.Segmenter on text many windows long', () => {
		const pieces = fc.constantFrom(
			'Mr. Smith came. ',
			'A word, here! ',
			'你好世界。',
			'مرحبا بالعالم. ',
			'x ',
			'\n'
		);
		fc.assert(
			fc.property(fc.array(pieces, { minLength: 500, maxLength: 1500 }), (parts) => {
				const text = parts.join('');
				for (const granularity of ['word', 'sentence'] as const) {
					const direct = boundaries(segmenter('en', granularity).segment(text));
					expect(boundaries(segments(text, 'en', granularity))).toEqual(direct);
				}
			}),
			{ numRuns: 20 }
		);
	});

	it('segments a 1 MB string in linear time', { timeout: 30_000 }, () => {
		const text = 'One more sentence here. '.repeat(43_690);
		const started = performance.now();
		expect(Array.from(segments(text, 'en', 'sentence'))).toHaveLength(43_690);
		// Generous for a loaded machine; V8's own iterator takes minutes on this input.
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it('falls back to the default locale for an invalid language tag', () => {
		expect(Array.from(segments('Hello there.', 'not a tag!', 'word')).length).toBeGreaterThan(0);
	});
});
