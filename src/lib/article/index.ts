import { EMBEDDED_ARTICLE_ID } from './embedded';
import { parseArticle } from './parse';
import source from './rafah-crossing.txt?raw';
import type { Article } from './types';

export { EMBEDDED_ARTICLE_ID, fetchEmbeddedArticle } from './embedded';
export { blockTexts, blockWords, parseArticle } from './parse';
export { MAX_CHUNK_CHARS, MAX_CHUNK_WORDS, splitSentences } from './sentences';
export { countWords } from './words';
export { WORDS_PER_MINUTE, formatReadingTime, readingMinutes } from './reading-labels';
export type * from './types';

/** The article bundled with the app, so there is always something to read offline. */
export function embeddedArticle(): Article {
	return parseArticle(source, { id: EMBEDDED_ARTICLE_ID, lang: 'en-GB', dir: 'ltr' });
}
