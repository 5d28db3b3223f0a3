// Opens an article saved on this device (not the embedded one, which is prerendered): read from IndexedDB
// in the browser, shaped into the Article the reader renders.
import { parseArticle } from '$lib/article/parse';
import type { Article } from '$lib/article/types';
import { isOpenFailure, openArticle, type ArticleRecord } from '$lib/storage';

export type OpenResult = { ok: true; article: Article } | { ok: false; status: 404 | 503; message: string };

/** The reader's article from its stored record; a record without parsed blocks is parsed from its source. */
export function articleFromRecord(record: ArticleRecord): Article {
	const blocks =
		record.blocks ??
		parseArticle(record.source, { id: record.id, title: record.title, lang: record.lang, dir: record.dir })
			.blocks;
	return {
		id: record.id,
		title: record.title,
		lang: record.lang,
		dir: record.dir,
		blocks,
		wordCount: record.wordCount
	};
}

export async function openSavedArticle(id: string): Promise<OpenResult> {
	const found = await openArticle(id);
	if (!found.ok && isOpenFailure(found.error)) {
		return {
			ok: false,
			status: 503,
			message:
				'Saved articles cannot be opened because this browser window does not allow Lectern to store data.'
		};
	}
	if (!found.ok) return { ok: false, status: 503, message: found.error.message };
	if (!found.value) {
		return {
			ok: false,
			status: 404,
			message: 'There is no saved article at this address on this device. It may have been deleted.'
		};
	}
	return { ok: true, article: articleFromRecord(found.value) };
}
