import { fetchEmbeddedArticle } from '$lib/article/embedded';
import type { PageLoad } from './$types';

// The home page opens the embedded article until the library arrives; its stable address is /read/<id>.
export const load: PageLoad = async ({ fetch }) => ({
	article: await fetchEmbeddedArticle(fetch),
	skipLabel: 'Skip to article'
});
