import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { EMBEDDED_ARTICLE_ID, fetchEmbeddedArticle } from '$lib/article/embedded';
import type { EntryGenerator, PageLoad } from './$types';

// Only the embedded article exists at build time; saved articles are opened in the browser via the SPA shell.
export const entries: EntryGenerator = () => [{ id: EMBEDDED_ARTICLE_ID }];

export const load: PageLoad = async ({ params, fetch }) => {
	if (params.id === EMBEDDED_ARTICLE_ID) {
		return { article: await fetchEmbeddedArticle(fetch), saved: false, skipLabel: 'Skip to article' };
	}
	if (!browser) error(404, 'There is no saved article at this address on this device.');
	const { openSavedArticle } = await import('$lib/library/open-saved');
	const opened = await openSavedArticle(params.id);
	if (!opened.ok) error(opened.status, opened.message);
	return { article: opened.article, saved: true, skipLabel: 'Skip to article' };
};
