import { blockWords, parseArticle } from '$lib/article/parse';
import type { Article, Block, ParseOptions } from '$lib/article/types';
import { countWords } from '$lib/article/words';
import { CODE_MARK, toLightText } from './markdown-blocks';

const CODE_LINE = new RegExp(`^${CODE_MARK}(\\d+)${CODE_MARK}$`);
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/**
 * Parses Markdown into an article: block structure from the Markdown, words from its text, no HTML. Raw HTML
 * stays literal text, which is the XSS defence here: the reader only ever renders text.
 */
export function parseMarkdown(markdown: string, options: ParseOptions = {}): Article {
	const light = toLightText(String(markdown));
	const article = parseArticle(light.text, { ...options, title: options.title ?? light.title });
	const codeOf = (text: string) => {
		const match = CODE_LINE.exec(text);
		return match ? light.code[Number(match[1])] : undefined;
	};
	// parseArticle guesses headings from short lines in plain text; in Markdown the author marked every heading.
	// A guessed one becomes prose again, the standfirst when parseArticle would have made it one.
	const marked = [...light.headings];
	let opening = true;
	const blocks = article.blocks.flatMap((block): Block[] => {
		const wasOpening = opening;
		if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'standfirst')
			opening = false;
		if (block.kind === 'heading') {
			const index = marked.indexOf(block.text);
			if (index >= 0) {
				marked.splice(index, 1);
				return [block];
			}
			return [wasOpening ? { kind: 'standfirst', text: block.text } : paragraph(block.text)];
		}
		const code = block.kind === 'paragraph' || block.kind === 'standfirst' ? codeOf(block.text) : undefined;
		return code ? code.map(paragraph) : [block];
	});
	// A document that opens with a code block has its first line of code as the title.
	const titleCode = codeOf(article.title);
	const title = titleCode ? (titleCode[0] ?? '') : article.title;
	if (titleCode) blocks.unshift(...titleCode.slice(1).map(paragraph));
	const lang = options.lang;
	const wordCount = blocks.reduce((sum, block) => sum + blockWords(block, lang), countWords(title, lang));
	return { ...article, title, blocks, wordCount };
}
