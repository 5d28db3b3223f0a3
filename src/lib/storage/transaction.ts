import type { IDBPTransaction } from 'idb';
import { failure, storageError, toStorageError, type StorageResult } from './errors';
import type { LecternDb, LecternSchema, StoreName } from './schema';

function isInvalidState(e: unknown): boolean {
	return e instanceof DOMException && e.name === 'InvalidStateError';
}

function abortIfActive(tx: { abort(): void }) {
	try {
		tx.abort();
	} catch (e) {
		// InvalidStateError here means the transaction already finished or aborted, which is what we wanted
		if (!isInvalidState(e)) throw e;
	}
}

/**
 * Runs `body` in one transaction and reports the outcome as a StorageResult. If anything in `body` throws
 * or rejects, the transaction is aborted so none of its writes land: callers never leave half a change.
 * Bodies await each request before starting the next, so a request that throws cannot leave an earlier
 * request's promise unhandled.
 */
export async function withTransaction<
	const Names extends readonly StoreName[],
	Mode extends IDBTransactionMode,
	T
>(
	db: LecternDb,
	storeNames: Names,
	mode: Mode,
	body: (tx: IDBPTransaction<LecternSchema, Names, Mode>) => Promise<T>
): Promise<StorageResult<T>> {
	let tx: IDBPTransaction<LecternSchema, Names, Mode>;
	try {
		tx = db.transaction(storeNames, mode);
	} catch (e) {
		// db.transaction only throws InvalidStateError once the connection is closed: another tab upgraded Lectern
		return failure(isInvalidState(e) ? storageError('blocked', e) : toStorageError(e));
	}
	// Settles to the abort reason (or null) and never rejects, so no path leaves it unhandled
	const finished = tx.done.then(
		() => null,
		(reason: unknown) => reason ?? new DOMException('The transaction was aborted.', 'AbortError')
	);
	try {
		const value = await body(tx);
		const abortReason = await finished;
		return abortReason === null ? { ok: true, value } : failure(toStorageError(abortReason));
	} catch (e) {
		abortIfActive(tx);
		await finished;
		// tx.error names the real cause (e.g. QuotaExceededError) when the engine aborted the transaction itself
		return failure(toStorageError(tx.error ?? e));
	}
}
