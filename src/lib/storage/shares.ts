import type { StorageResult } from './errors';
import type { LecternDb, PendingShare } from './schema';
import { withTransaction } from './transaction';

/** Keeps a share the service worker received until a page imports it (the worker has no DOM parser). */
export function savePendingShare(db: LecternDb, share: PendingShare): Promise<StorageResult<void>> {
	return withTransaction(db, ['shares'], 'readwrite', async (tx) => {
		await tx.objectStore('shares').put(share);
	});
}

export function getPendingShare(db: LecternDb, id: string): Promise<StorageResult<PendingShare | undefined>> {
	return withTransaction(db, ['shares'], 'readonly', (tx) => tx.objectStore('shares').get(id));
}

/** Removes a share once it is in the library (or the reader gave up on it). */
export function deletePendingShare(db: LecternDb, id: string): Promise<StorageResult<void>> {
	return withTransaction(db, ['shares'], 'readwrite', (tx) => tx.objectStore('shares').delete(id));
}
