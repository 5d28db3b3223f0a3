import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	Lexicon,
	ruleProblem,
	toShownIndex,
	toShownRange,
	type PronunciationRule,
	type SpokenText
} from './lexicon';

let ids = 0;
function rule(match: string, say: string, extra: Partial<PronunciationRule> = {}): PronunciationRule {
	return { id: `r${ids++}`, lang: 'en', match, say, pattern: false, caseSensitive: false, ...extra };
}

describe('Lexicon.apply', () => {
	it('says a whole word as written by the rule, leaving longer words alone', () => {
		const lexicon = new Lexicon([rule('Gaza', 'GAH-zuh')], 'en-GB');
		expect(lexicon.apply('Gaza and gaza, not Gazans.').text).toBe('GAH-zuh and GAH-zuh, not Gazans.');
	});

	it('respects case when asked, and only applies rules of the article language', () => {
		const lexicon = new Lexicon(
			[rule('US', 'United States', { caseSensitive: true }), rule('Paris', 'Pah-ree', { lang: 'fr' })],
			'en'
		);
		expect(lexicon.apply('us and the US in Paris').text).toBe('us and the United States in Paris');
	});

	it('replaces pattern matches, with $1 for a group', () => {
		const lexicon = new Lexicon([rule('No\\. (\\d+)', 'Number $1', { pattern: true })], 'en');
		expect(lexicon.apply('He lives at No. 10 today.').text).toBe('He lives at Number 10 today.');
	});

	it('maps a spoken word inside a replacement back to the shown word, and words after it to themselves', () => {
		const shown = 'Dr Nguyen met Mr Smith.';
		const spoken = new Lexicon([rule('Nguyen', 'Win'), rule('Dr', 'Doctor')], 'en').apply(shown);
		expect(spoken.text).toBe('Doctor Win met Mr Smith.');
		const word = (w: string) => {
			const at = spoken.text.indexOf(w);
			const range = toShownRange(spoken, at, w.length);
			return shown.slice(range.start, range.end);
		};
		expect(word('Doctor')).toBe('Dr');
		expect(word('Win')).toBe('Nguyen');
		expect(word('Smith')).toBe('Smith');
	});

	it('explains a rule it cannot use', () => {
		expect(ruleProblem({ match: '(', say: 'x', pattern: true })).toMatch(/not a valid regular expression/);
		expect(ruleProblem({ match: 'a*', say: 'x', pattern: true })).toMatch(/matches nothing/);
		expect(ruleProblem({ match: ' ', say: 'x', pattern: false })).toMatch(/as it is written/);
		expect(ruleProblem({ match: 'x', say: '', pattern: false })).toMatch(/should be said/);
		expect(ruleProblem({ match: 'x', say: 'y', pattern: false })).toBeNull();
	});
});

const word = fc.stringMatching(/^[abcAB]{1,3}$/);
const ruleArb = fc.oneof(
	fc
		.record({ match: word, say: fc.stringMatching(/^[xyz ]{1,6}$/), caseSensitive: fc.boolean() })
		.map((r) => rule(r.match, r.say.trim() || 'x', { caseSensitive: r.caseSensitive })),
	fc
		.record({
			match: fc.constantFrom('a+b', '[ab]c', 'b{2}', '(a)(c)', 'c\\b'),
			say: fc.constantFrom('zz', '$2$1', 'q r s', 'y')
		})
		.map((r) => rule(r.match, r.say, { pattern: true }))
);
const text = fc.stringMatching(/^[abcAB .,-]{0,40}$/);

function inReplacement(spoken: SpokenText, index: number): boolean {
	return spoken.replacements.some((r) => index >= r.spokenStart && index < r.spokenEnd);
}

describe('the offset map (property)', () => {
	it('is monotone and within the shown text, for any rules and text', () => {
		fc.assert(
			fc.property(fc.array(ruleArb, { maxLength: 5 }), text, (rules, shown) => {
				const spoken = new Lexicon(rules, 'en').apply(shown);
				let previous = 0;
				for (let i = 0; i <= spoken.text.length; i++) {
					const at = toShownIndex(spoken, i);
					expect(at).toBeGreaterThanOrEqual(previous);
					expect(at).toBeLessThanOrEqual(shown.length);
					const end = toShownIndex(spoken, i, 'end');
					expect(end).toBeGreaterThanOrEqual(at);
					expect(end).toBeLessThanOrEqual(shown.length);
					previous = at;
				}
			})
		);
		// Random patterns over random text: a few seconds alone, more while the whole suite runs on two cores.
	}, 30_000);

	it('a range never ends before it starts where words are said as nothing (a counterexample fast-check found)', () => {
		const rules = [
			{ id: 'a', lang: 'en', match: 'b{2}', say: 'zz', pattern: true, caseSensitive: false },
			{ id: 'b', lang: 'en', match: 'c\\b', say: '$2$1', pattern: true, caseSensitive: false }
		];
		const spoken = new Lexicon(rules, 'en').apply('BBc');
		expect(spoken.text).toBe('zz');
		expect(toShownIndex(spoken, 2)).toBe(3);
		expect(toShownIndex(spoken, 2, 'end')).toBe(3);
		expect(toShownRange(spoken, 0, 2)).toEqual({ start: 0, end: 3 });
	});

	it('maps every unchanged character to itself', () => {
		fc.assert(
			fc.property(fc.array(ruleArb, { maxLength: 5 }), text, (rules, shown) => {
				const spoken = new Lexicon(rules, 'en').apply(shown);
				for (let i = 0; i < spoken.text.length; i++)
					if (!inReplacement(spoken, i)) expect(shown[toShownIndex(spoken, i)]).toBe(spoken.text[i]);
			})
		);
	});

	it('is the identity when no rule matches', () => {
		fc.assert(
			fc.property(
				fc.array(ruleArb, { maxLength: 5 }),
				fc.stringMatching(/^[dDe .]{0,30}$/),
				(rules, shown) => {
					const spoken = new Lexicon(rules, 'en').apply(shown);
					expect(spoken).toEqual({ text: shown, replacements: [] });
					for (let i = 0; i <= shown.length; i++) expect(toShownIndex(spoken, i)).toBe(i);
				}
			)
		);
	});

	it('covers the shown text exactly: unchanged parts plus replaced spans rebuild it', () => {
		fc.assert(
			fc.property(fc.array(ruleArb, { maxLength: 5 }), text, (rules, shown) => {
				const spoken = new Lexicon(rules, 'en').apply(shown);
				let rebuilt = '';
				let at = 0;
				for (const r of spoken.replacements) {
					rebuilt += spoken.text.slice(at, r.spokenStart) + shown.slice(r.shownStart, r.shownEnd);
					at = r.spokenEnd;
				}
				expect(rebuilt + spoken.text.slice(at)).toBe(shown);
			})
		);
	});
});
