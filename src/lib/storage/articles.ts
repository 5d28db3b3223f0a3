import type { StorageResult } from './errors';
import type { ArticleRecord, LecternDb, ProgressRecord } from './schema';
import { withTransaction } from './transaction';

export type ArticleSort = 'opened' | 'title' | 'updated';

export interface ListArticlesOptions {
	/** `opened` lists only articles that have been opened, most recent first; `updated` is newest first. */
	sort: ArticleSort;
	limit?: number;
	offset?: number;
}

/** What `deleteArticle` removed, kept by the page so "Undo" can put it back. */
export interface DeletedArticle {
	article: ArticleRecord;
	progress?: ProgressRecord;
}

const SORT_INDEX = { opened: 'by-opened', title: 'by-title', updated: 'by-updated' } as const;
const SORT_DIRECTION: Record<ArticleSort, IDBCursorDirection> = {
	opened: 'prev',
	title: 'next',
	updated: 'prev'
};

/** Adds or replaces one article in a single transaction: it is either fully written or not at all. */
export function saveArticle(db: LecternDb, record: ArticleRecord): Promise<StorageResult<void>> {
	return withTransaction(db, ['articles'], 'readwrite', async (tx) => {
		await tx.objectStore('articles').put(record);
	});
}

export function getArticle(db: LecternDb, id: string): Promise<StorageResult<ArticleRecord | undefined>> {
	return withTransaction(db, ['articles'], 'readonly', (tx) => tx.objectStore('articles').get(id));
}

/** One page of articles, walked along the sort's index so only the requested page is read. */
export function listArticles(
	db: LecternDb,
	{ sort, limit = Number.POSITIVE_INFINITY, offset = 0 }: ListArticlesOptions
): Promise<StorageResult<ArticleRecord[]>> {
	return withTransaction(db, ['articles'], 'readonly', async (tx) => {
		const page: ArticleRecord[] = [];
		if (limit <= 0) return page;
		const index = tx.objectStore('articles').index(SORT_INDEX[sort]);
		let cursor = await index.openCursor(null, SORT_DIRECTION[sort]);
		if (cursor && offset > 0) cursor = await cursor.advance(offset);
		while (cursor && page.length < limit) {
			page.push(cursor.value);
			cursor = await cursor.continue();
		}
		return page;
	});
}

/** Deletes an article and its reading position together; returns both so the page can offer "Undo". */
export function deleteArticle(db: LecternDb, id: string): Promise<StorageResult<DeletedArticle | undefined>> {
	return withTransaction(db, ['articles', 'progress'], 'readwrite', async (tx) => {
		const articles = tx.objectStore('articles');
		const positions = tx.objectStore('progress');
		const article = await articles.get(id);
		const progress = await positions.get(id);
		await articles.delete(id);
		// Progress goes even when the article is already gone, so no orphan is left behind
		await positions.delete(id);
		if (article === undefined) return undefined;
		return progress === undefined ? { article } : { article, progress };
	});
}

/** Undo for `deleteArticle`: puts the article and its reading position back in one transaction. */
export function restoreArticle(db: LecternDb, deleted: DeletedArticle): Promise<StorageResult<void>> {
	return withTransaction(db, ['articles', 'progress'], 'readwrite', async (tx) => {
		await tx.objectStore('articles').put(deleted.article);
		if (deleted.progress) await tx.objectStore('progress').put(deleted.progress);
	});
}

/** Records that the reader opened the article; false when it no longer exists. */
export function markOpened(db: LecternDb, id: string, now = Date.now()): Promise<StorageResult<boolean>> {
	return withTransaction(db, ['articles'], 'readwrite', async (tx) => {
		const store = tx.objectStore('articles');
		const article = await store.get(id);
		if (article === undefined) return false;
		await store.put({ ...article, openedAt: now });
		return true;
	});
}
