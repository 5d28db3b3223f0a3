import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockTexts, countWords, embeddedArticle, parseArticle, type Article } from '$lib/article';
import { buildSpeechItems } from './speech-items';

const article = embeddedArticle();
const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean);

/** Every readable text of the article in reading order, asides optional. */
function readableTexts(source: Article, includeAsides: boolean): string[] {
	const blocks = source.blocks.filter((block) => includeAsides || block.kind !== 'aside');
	return [source.title, ...blocks.flatMap(blockTexts)];
}

describe('buildSpeechItems on the embedded article', () => {
	it('starts with the title', () => {
		const [first] = buildSpeechItems(article);
		expect(first).toMatchObject({ block: -1, part: 0, sentence: 0, chunk: 0, text: article.title });
	});

	it("counts each item's words, for the listening time, to the article's own count", () => {
		const items = buildSpeechItems(article, { includeAsides: true });
		for (const item of items) expect(item.words).toBe(countWords(item.text, item.lang));
		expect(items.reduce((sum, item) => sum + item.words, 0)).toBe(article.wordCount);
	});

	it('speaks every word in order, leaving out asides unless asked', () => {
		const items = buildSpeechItems(article);
		expect(article.blocks.some((block) => block.kind === 'aside')).toBe(true);
		expect(words(items.map((item) => item.text))).toEqual(words(readableTexts(article, false)));
		expect(items.some((item) => article.blocks[item.block]?.kind === 'aside')).toBe(false);
		const withAsides = buildSpeechItems(article, { includeAsides: true });
		expect(words(withAsides.map((item) => item.text))).toEqual(words(readableTexts(article, true)));
		expect(withAsides.length).toBeGreaterThan(items.length);
	});

	it('gives each chunk its offsets in its part’s text and the article’s language', () => {
		for (const item of buildSpeechItems(article, { includeAsides: true })) {
			const block = article.blocks[item.block];
			const part = block ? blockTexts(block)[item.part] : article.title;
			expect(part?.slice(item.start, item.end)).toBe(item.text);
			expect(item.lang).toBe('en-GB');
		}
	});

	it('reads list items and quote paragraphs as parts of their block', () => {
		const listed = parseArticle(
			'Title\n\nIntro text here.\n\n- One thing.\n- Another thing.\n\n> Said once.\n>\n> Said twice.',
			{
				lang: 'en'
			}
		);
		const items = buildSpeechItems(listed);
		expect(items.map((item) => [item.block, item.part, item.text])).toEqual([
			[-1, 0, 'Title'],
			[0, 0, 'Intro text here.'],
			[1, 0, 'One thing.'],
			[1, 1, 'Another thing.'],
			[2, 0, 'Said once.'],
			[2, 1, 'Said twice.']
		]);
	});

	it('keeps every word of any text, in order (property)', () => {
		const token = fc.constantFrom(
			'word',
			'Mr.',
			'end.',
			'Why?',
			'\n',
			'\n\n',
			'- ',
			'> ',
			'Latest:',
			'# ',
			'1. '
		);
		fc.assert(
			fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
				const parsed = parseArticle(tokens.join(' '), { lang: 'en' });
				const items = buildSpeechItems(parsed, { includeAsides: true });
				expect(words(items.map((item) => item.text))).toEqual(words(readableTexts(parsed, true)));
			})
		);
	});
});
