import type { StorageResult } from './errors';
import { EMBEDDED_ARTICLE_ID } from '$lib/article/embedded';
import { withLibraryKeys } from './library-keys';
import {
	EMBEDDED_REMOVED,
	type ArticleInput,
	type ArticleRecord,
	type LecternDb,
	type ProgressRecord
} from './schema';
import { withTransaction } from './transaction';

export type ArticleSort = 'recent' | 'opened' | 'title' | 'updated';

export interface ListArticlesOptions {
	/**
	 * `recent`: last opened (or, never opened, added) first — the library's default. `opened` lists only
	 * articles that have been opened. `title`: A to Z, ignoring case and accents. `updated`: newest text first.
	 */
	sort: ArticleSort;
	limit?: number;
	offset?: number;
}

/** What `deleteArticle` removed, kept by the page so "Undo" can put it back. */
export interface DeletedArticle {
	article: ArticleRecord;
	progress?: ProgressRecord;
}

const SORT_INDEX = {
	recent: 'by-recent',
	opened: 'by-opened',
	title: 'by-sort-title',
	updated: 'by-updated'
} as const;
const SORT_DIRECTION: Record<ArticleSort, IDBCursorDirection> = {
	recent: 'prev',
	opened: 'prev',
	title: 'next',
	updated: 'prev'
};

/** Adds or replaces one article in a single transaction: it is either fully written or not at all. */
export function saveArticle(db: LecternDb, record: ArticleInput): Promise<StorageResult<void>> {
	return withTransaction(db, ['articles'], 'readwrite', async (tx) => {
		await tx.objectStore('articles').put(withLibraryKeys(record));
	});
}

/**
 * Adds new articles, each under its `baseId`, or `baseId-2`, `-3`… when that id is taken. One transaction
 * for all of them: two imports of the same title never overwrite each other, and a failure saves none.
 * Returns the ids they were saved under, in order.
 */
export function addArticles(
	db: LecternDb,
	records: readonly { baseId: string; record: Omit<ArticleInput, 'id'> }[],
	/** A share these articles came from, deleted in the same transaction so a reload cannot add it twice. */
	fromShare?: string
): Promise<StorageResult<string[]>> {
	return withTransaction(db, ['articles', 'shares'], 'readwrite', async (tx) => {
		const store = tx.objectStore('articles');
		const ids: string[] = [];
		for (const { baseId, record } of records) {
			const id = await freeId(store, baseId);
			await store.add(withLibraryKeys({ ...record, id }));
			ids.push(id);
		}
		if (fromShare !== undefined) await tx.objectStore('shares').delete(fromShare);
		return ids;
	});
}

/**
 * `baseId`, or `baseId-2`, `-3`… when taken. The embedded article's id stays its own even after the reader
 * deleted it: it is prerendered at that address, and a new start must never find someone else's text there.
 */
async function freeId(
	store: { getKey(id: string): Promise<string | undefined> },
	baseId: string
): Promise<string> {
	const taken = async (id: string) => id === EMBEDDED_ARTICLE_ID || (await store.getKey(id)) !== undefined;
	let id = baseId;
	for (let n = 2; await taken(id); n++) id = `${baseId}-${n}`;
	return id;
}

/** Articles in the library, for its heading and empty state. */
export function countArticles(db: LecternDb): Promise<StorageResult<number>> {
	return withTransaction(db, ['articles'], 'readonly', (tx) => tx.objectStore('articles').count());
}

/** The reading positions of the given articles, read together with one transaction. */
export function getProgressFor(
	db: LecternDb,
	ids: readonly string[]
): Promise<StorageResult<Map<string, ProgressRecord>>> {
	return withTransaction(db, ['progress'], 'readonly', async (tx) => {
		const store = tx.objectStore('progress');
		const found = await Promise.all(ids.map((id) => store.get(id)));
		return new Map(found.flatMap((record) => (record ? [[record.articleId, record] as const] : [])));
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
	return withTransaction(db, ['articles', 'progress', 'meta'], 'readwrite', async (tx) => {
		const articles = tx.objectStore('articles');
		const positions = tx.objectStore('progress');
		const article = await articles.get(id);
		const progress = await positions.get(id);
		await articles.delete(id);
		// Progress goes even when the article is already gone, so no orphan is left behind
		await positions.delete(id);
		// The embedded article would come back on the next start without a note that the reader removed it
		if (article?.sourceKind === 'embedded') {
			await tx.objectStore('meta').put({ id: EMBEDDED_REMOVED, value: true, updatedAt: Date.now() });
		}
		if (article === undefined) return undefined;
		return progress === undefined ? { article } : { article, progress };
	});
}

/**
 * Undo for `deleteArticle`: puts the article and its reading position back in one transaction. Should its
 * id have been taken meanwhile (another tab imported the same title), it comes back under a free one rather
 * than replacing the newer article. Returns the id it is back under.
 */
export function restoreArticle(db: LecternDb, deleted: DeletedArticle): Promise<StorageResult<string>> {
	return withTransaction(db, ['articles', 'progress', 'meta'], 'readwrite', async (tx) => {
		const store = tx.objectStore('articles');
		const embedded = deleted.article.sourceKind === 'embedded';
		const id = embedded ? deleted.article.id : await freeId(store, deleted.article.id);
		await store.put(withLibraryKeys({ ...deleted.article, id }));
		if (deleted.progress) await tx.objectStore('progress').put({ ...deleted.progress, articleId: id });
		if (embedded) await tx.objectStore('meta').delete(EMBEDDED_REMOVED);
		return id;
	});
}

/** Records that the reader opened the article; false when it no longer exists. */
export function markOpened(db: LecternDb, id: string, now = Date.now()): Promise<StorageResult<boolean>> {
	return withTransaction(db, ['articles'], 'readwrite', async (tx) => {
		const store = tx.objectStore('articles');
		const article = await store.get(id);
		if (article === undefined) return false;
		await store.put(withLibraryKeys({ ...article, openedAt: now }));
		return true;
	});
}

/** Corrects a saved article's language and direction; false when it no longer exists. */
export function setArticleLanguage(
	db: LecternDb,
	id: string,
	lang: string,
	dir: ArticleRecord['dir'],
	now = Date.now()
): Promise<StorageResult<boolean>> {
	return withTransaction(db, ['articles'], 'readwrite', async (tx) => {
		const store = tx.objectStore('articles');
		const article = await store.get(id);
		if (article === undefined) return false;
		await store.put(withLibraryKeys({ ...article, lang, dir, updatedAt: now }));
		return true;
	});
}
