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
