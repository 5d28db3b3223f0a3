// Puts imported articles into the library: all of them or, when saving fails, none, with a sentence saying why.
import { slugify } from '$lib/article/slug';
import type { ImportedArticle } from '$lib/import';
import { addArticles, isOpenFailure } from '$lib/storage';

export type SaveResult = { ok: true; ids: string[] } | { ok: false; message: string };

export async function saveImported(
	articles: readonly ImportedArticle[],
	{ fromShare, now = Date.now() }: { fromShare?: string; now?: number } = {}
): Promise<SaveResult> {
	const saved = await addArticles(
		articles.map((article) => ({
			baseId: slugify(article.title) || 'article',
			record: {
				title: article.title,
				lang: article.lang,
				dir: article.dir,
				source: article.source,
				sourceKind: article.sourceKind,
				blocks: article.blocks,
				blockCount: article.blocks.length,
				wordCount: article.wordCount,
				origin: article.origin,
				createdAt: now,
				updatedAt: now
			}
		})),
		fromShare
	);
	if (saved.ok) return { ok: true, ids: saved.value };
	const message = isOpenFailure(saved.error)
		? 'Lectern cannot save articles in this browser window (private browsing may block it).'
		: saved.error.message;
	return { ok: false, message };
}
