import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lexicon, type PronunciationRule } from '$lib/pronunciation/lexicon';
import { narrateStory } from '$lib/testing/speech-factory';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const rules: PronunciationRule[] = [
	{ id: '1', lang: 'en', match: 'harbour', say: 'HAR-ber', pattern: false, caseSensitive: false },
	{ id: '2', lang: 'en', match: 'Boats', say: 'the little boats', pattern: false, caseSensitive: true }
];

describe('Narrator with a pronunciation list', () => {
	it.each([true, false])(
		'speaks the replacements while the words it reports are the shown ones (charLength given: %s)',
		(boundaryCharLength) => {
			const { engine, narrator, words } = narrateStory(
				{ boundaryCharLength },
				{ lexicon: new Lexicon(rules, 'en-GB') }
			);
			narrator.play(1);
			vi.advanceTimersByTime(120_000);
			expect(engine.requests.map((r) => r.text).slice(0, 2)).toEqual([
				'The HAR-ber woke slowly.',
				'the little boats knocked together.'
			]);
			// Each spoken word of "the little boats" highlights the one shown word it stands for.
			const shown = words.slice(0, 8).map((word) => word.replace(/\W+$/, ''));
			expect(shown).toEqual(['The', 'harbour', 'woke', 'slowly', 'Boats', 'Boats', 'Boats', 'knocked']);
			expect(narrator.current?.text).toBe('Gulls circled the stalls.');
		}
	);
});
