// The embedded article as pages load it: fetched from its prerendered JSON (inlined into the page at build
// time), so a first visit needs no parser in the browser.
import type { Article } from './types';

export const EMBEDDED_ARTICLE_ID = 'rafah-crossing';

export async function fetchEmbeddedArticle(fetch: typeof globalThis.fetch): Promise<Article> {
	const response = await fetch(`/articles/${EMBEDDED_ARTICLE_ID}.json`);
	if (!response.ok) throw new Error(`The embedded article could not be loaded (HTTP ${response.status}).`);
	return (await response.json()) as Article;
}
