import type { StorageResult } from './errors';
import type { LecternDb, PronunciationRecord } from './schema';
import { withTransaction } from './transaction';

/** The reader's pronunciation rules, for one language (`en`) or all, oldest first. */
export function listPronunciations(
	db: LecternDb,
	lang?: string
): Promise<StorageResult<PronunciationRecord[]>> {
	return withTransaction(db, ['pronunciations'], 'readonly', async (tx) => {
		const store = tx.objectStore('pronunciations');
		const rules = lang === undefined ? await store.getAll() : await store.index('by-lang').getAll(lang);
		return rules.sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id));
	});
}

/** Adds or replaces rules (by id), all or none. */
export function savePronunciations(
	db: LecternDb,
	rules: readonly PronunciationRecord[]
): Promise<StorageResult<number>> {
	return withTransaction(db, ['pronunciations'], 'readwrite', async (tx) => {
		for (const rule of rules) await tx.objectStore('pronunciations').put(rule);
		return rules.length;
	});
}

export function deletePronunciation(db: LecternDb, id: string): Promise<StorageResult<void>> {
	return withTransaction(db, ['pronunciations'], 'readwrite', (tx) =>
		tx.objectStore('pronunciations').delete(id)
	);
}
