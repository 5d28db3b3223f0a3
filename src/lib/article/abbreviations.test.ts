import { describe, expect, it } from 'vitest';
import { Lexicon } from '$lib/pronunciation/lexicon';
import { splitSentences } from './sentences';

/** Sentences with abbreviations a voice may spell out, each given as the sentences it must stay. */
const CORPUS: string[][] = [
	['The U.S. and the U.K. signed it.', 'Talks resume on Monday.'],
	['Dr. Amal Hassan treated him.', 'He recovered.'],
	['Mr. and Mrs. Smith moved to No. 10 Downing Street.', 'They stayed.'],
	['Prof. Jones met Gen. Milley and Sen. Warren.', 'Nothing was agreed.'],
	['The U.N. envoy spoke at 9 a.m. on Tuesday.', 'She left at noon.'],
	['Prices rose, e.g. bread and rice, i.e. the staples.', 'Families cut back.'],
	['It was the No. 2 priority, see Fig. 3 for details.', 'Others agreed.'],
	['J. K. Rowling spoke in St. Andrews.', 'Fans queued.'],
	['Pakistan vs. India drew a crowd of approx. 90,000.', 'It rained.'],
	['Flight no. 5 left from Terminal 2.', 'It was late.'],
	['The U.S.-led coalition met in Washington, D.C. on Monday.', 'A statement followed.'],
	['Capt. Reyes and Lt. Col. Park reported to Gov. Lee.', 'Orders came.']
];

describe('abbreviations never split a sentence', () => {
	it.each(CORPUS.map((sentences) => [sentences[0], sentences]))('%s', (_, sentences) => {
		const text = sentences.join(' ');
		expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(sentences);
	});
});

describe('the splitter and pronunciation rules agree', () => {
	it('a rule for an abbreviation matches inside the one sentence that holds it', () => {
		const rules = [
			['U.S.', 'United States'],
			['Dr.', 'Doctor'],
			['No.', 'Number']
		].map(([match = '', say = ''], i) => ({
			id: String(i),
			lang: 'en',
			match,
			say,
			pattern: false,
			caseSensitive: true
		}));
		const lexicon = new Lexicon(rules, 'en');
		const spoken = CORPUS.slice(0, 3).flatMap((sentences) =>
			splitSentences(sentences.join(' '), 'en').map((s) => lexicon.apply(s.text).text)
		);
		expect(spoken).toEqual([
			'The United States and the U.K. signed it.',
			'Talks resume on Monday.',
			'Doctor Amal Hassan treated him.',
			'He recovered.',
			'Mr. and Mrs. Smith moved to Number 10 Downing Street.',
			'They stayed.'
		]);
	});
});
