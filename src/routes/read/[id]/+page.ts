import { error } from '@sveltejs/kit';
import { EMBEDDED_ARTICLE_ID, fetchEmbeddedArticle } from '$lib/article/embedded';
import type { EntryGenerator, PageLoad } from './$types';

// Only the embedded article exists at build time; saved articles are opened in the browser via the SPA shell.
export const entries: EntryGenerator = () => [{ id: EMBEDDED_ARTICLE_ID }];

export const load: PageLoad = async ({ params, fetch }) => {
	if (params.id === EMBEDDED_ARTICLE_ID) {
		return { article: await fetchEmbeddedArticle(fetch), skipLabel: 'Skip to article' };
	}
	error(404, 'There is no saved article at this address on this device.');
};
