import { fetchEmbeddedArticle } from '$lib/article/embedded';
import type { PageLoad } from './$types';

// The library's first paint, prerendered: the article that comes with Lectern, summed up (its text stays at
// /read/<id>). The device's own library replaces this list once storage has opened, after the page loads.
export const load: PageLoad = async ({ fetch }) => {
	const { id, title, lang, dir, wordCount, blocks } = await fetchEmbeddedArticle(fetch);
	return {
		embedded: { id, title, lang, dir, wordCount, blockCount: blocks.length },
		skipLabel: 'Skip to library'
	};
};
