import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticle, saveArticle } from './articles';
import { STORAGE_MESSAGES } from './errors';
import type { LecternDb } from './schema';
import { expectOk, makeArticleRecord, openTestDb } from '$lib/testing/storage-factory';
import { withTransaction } from './transaction';

let db: LecternDb;

beforeEach(async () => {
	db = await openTestDb();
});

afterEach(() => {
	db.close();
});

describe('withTransaction', () => {
	it('rolls back earlier writes when a later request fails', async () => {
		const existing = makeArticleRecord({ title: 'Existing' });
		expectOk(await saveArticle(db, existing));
		const fresh = makeArticleRecord({ title: 'Fresh' });

		const result = await withTransaction(db, ['articles'], 'readwrite', async (tx) => {
			await tx.objectStore('articles').add(fresh);
			// add() of a key that exists fails asynchronously with ConstraintError, like a real mid-way failure
			await tx.objectStore('articles').add({ ...existing, title: 'Overwritten' });
		});

		expect(result).toEqual({
			ok: false,
			error: expect.objectContaining({ kind: 'failed', message: STORAGE_MESSAGES.failed })
		});
		expect(expectOk(await getArticle(db, fresh.id))).toBeUndefined();
		expect(expectOk(await getArticle(db, existing.id))).toEqual(existing);
	});

	it('hands back what the body returned once the transaction has committed', async () => {
		const record = makeArticleRecord();

		const result = await withTransaction(db, ['articles'], 'readwrite', async (tx) => {
			await tx.objectStore('articles').put(record);
			return 'written';
		});

		expect(result).toEqual({ ok: true, value: 'written' });
		expect(expectOk(await getArticle(db, record.id))).toEqual(record);
	});
});
