import { describe, expect, it } from 'vitest';
import { comparable, loadCorpus, scoreByShape } from '../../../tests/fixtures/articles/corpus';
import { blockTexts, parseArticle } from './parse';

const corpus = loadCorpus();

describe('parseArticle on the corpus of plain-text articles', () => {
	it('has at least 30 articles in many shapes and languages, right-to-left ones among them', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(30);
		expect(new Set(corpus.map((article) => article.shape)).size).toBeGreaterThanOrEqual(8);
		expect(corpus.map((article) => article.lang)).toEqual(expect.arrayContaining(['ar', 'he', 'fr', 'zh']));
	});

	it.each(corpus.map((article) => [article.name, article] as const))(
		'%s gives the expected title and blocks',
		(_name, article) => {
			const parsed = parseArticle(article.source, { lang: article.lang });
			expect(parsed.title).toBe(article.title);
			expect(parsed.blocks.map(comparable)).toEqual(article.blocks);
		}
	);

	it('keeps every word of every article, in order', () => {
		// List markers and quotation marks are markup, not words, and colons count as spaces: a promo reads
		// "Label: headline" whatever colon and spacing the source used ("Lire aussi : …", "延伸阅读：…").
		const words = (text: string) =>
			text
				.replace(/[:：]/gu, ' ')
				.split(/\s+/)
				.filter((word) => word !== '' && !/^(?:[-*•–·>]|\p{Nd}{1,3}[.)]|[a-z]\))$/u.test(word));
		for (const article of corpus) {
			const parsed = parseArticle(article.source);
			expect(words([parsed.title, ...parsed.blocks.flatMap(blockTexts)].join(' '))).toEqual(
				words(article.source)
			);
		}
	});

	it('recognises every expected block, shape by shape', () => {
		const scores = scoreByShape(corpus, (source) => parseArticle(source));
		// The closing note's figures: blocks recognised as expected, per shape.
		console.info(
			scores
				.map(
					(s) =>
						`${s.shape}: ${s.recognised}/${s.expected} blocks in ${s.articles} article${s.articles === 1 ? '' : 's'}`
				)
				.join('\n')
		);
		for (const score of scores) expect(score.recognised, score.shape).toBe(score.expected);
	});
});
