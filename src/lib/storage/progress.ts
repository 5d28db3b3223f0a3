import type { StorageResult } from './errors';
import type { LecternDb, ProgressRecord } from './schema';
import { withTransaction } from './transaction';

/** Saves the reading position; false (nothing written) when the article was deleted, e.g. in another tab. */
export function saveProgress(db: LecternDb, record: ProgressRecord): Promise<StorageResult<boolean>> {
	return withTransaction(db, ['articles', 'progress'], 'readwrite', async (tx) => {
		const articleKey = await tx.objectStore('articles').getKey(record.articleId);
		if (articleKey === undefined) return false;
		await tx.objectStore('progress').put(record);
		return true;
	});
}

export function getProgress(
	db: LecternDb,
	articleId: string
): Promise<StorageResult<ProgressRecord | undefined>> {
	return withTransaction(db, ['progress'], 'readonly', (tx) => tx.objectStore('progress').get(articleId));
}

/**
 * Changes the saved position in one transaction (read and write together), so two savers in a tab — the
 * scroll anchor and read-aloud — never overwrite each other's fields. False when the article is gone.
 */
export function updateProgress(
	db: LecternDb,
	articleId: string,
	change: (previous: ProgressRecord | undefined) => ProgressRecord
): Promise<StorageResult<boolean>> {
	return withTransaction(db, ['articles', 'progress'], 'readwrite', async (tx) => {
		const articleKey = await tx.objectStore('articles').getKey(articleId);
		if (articleKey === undefined) return false;
		const store = tx.objectStore('progress');
		await store.put(change(await store.get(articleId)));
		return true;
	});
}
