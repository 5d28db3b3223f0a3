import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from './articles';
import { peek } from './peek';
import { saveProgress } from './progress';
import { DB_NAME, DB_VERSION, SETTINGS_ID } from './schema';
import { saveSettingsRecord } from './settings-store';
import {
	expectOk,
	makeArticleRecord,
	makeProgressRecord,
	openTestDb,
	openTestDbAtVersion,
	untyped
} from '$lib/testing/storage-factory';

// peek opens the global database, as the page does; each test gets a fresh one.
let factory: IDBFactory;
const original = globalThis.indexedDB;
beforeEach(() => {
	factory = new IDBFactory();
	globalThis.indexedDB = factory;
});
afterEach(() => {
	globalThis.indexedDB = original;
});

describe('peeking at a saved record before storage loads', () => {
	it('finds nothing on a first visit, and leaves no database behind', async () => {
		expect(await peek('progress', 'any')).toEqual({ ok: true, value: undefined });
		expect(await factory.databases()).toEqual([]);
	});

	it('reads the place saved for an article, and closes so the database can be upgraded', async () => {
		const db = await openTestDb(factory);
		const article = makeArticleRecord();
		const place = makeProgressRecord({ articleId: article.id, block: 4, scrollBlock: 3 });
		expectOk(await saveArticle(db, article));
		expectOk(await saveProgress(db, place));
		db.close();

		expect(await peek('progress', article.id)).toEqual({ ok: true, value: place });
		expect(await peek('progress', 'never-read')).toEqual({ ok: true, value: undefined });
		// No connection was left open: deleting the database is not blocked.
		await new Promise<void>((resolve, reject) => {
			const deleting = factory.deleteDatabase(DB_NAME);
			deleting.onsuccess = () => resolve();
			deleting.onblocked = () => reject(new Error('a connection was left open'));
		});
	});

	it('reads an older version as it is, without upgrading it', async () => {
		const db = await openTestDbAtVersion(DB_VERSION - 1, factory);
		await untyped(db).put('progress', { articleId: 'old', block: 2, sentence: 0, updatedAt: 1 });
		db.close();

		expect(await peek('progress', 'old')).toMatchObject({ ok: true, value: { articleId: 'old', block: 2 } });
		expect(await factory.databases()).toEqual([{ name: DB_NAME, version: DB_VERSION - 1 }]);
	});

	it('reads the saved settings', async () => {
		const db = await openTestDb(factory);
		expectOk(await saveSettingsRecord(db, { theme: 'dark' }, { version: 1, now: 5 }));
		db.close();

		expect(await peek('settings', SETTINGS_ID)).toMatchObject({
			ok: true,
			value: { values: { theme: 'dark' }, updatedAt: 5 }
		});
	});

	it('answers "nothing" when the database does not answer (an upgrade another tab cannot finish)', async () => {
		const held = await openTestDb(factory);
		// An upgrade that waits for `held` to close, which it never does: every later open queues behind it.
		const upgrade = factory.open(DB_NAME, DB_VERSION + 1);
		upgrade.onupgradeneeded = () => upgrade.transaction?.abort();
		upgrade.onerror = () => undefined;
		expect(await peek('progress', 'any', 50)).toEqual({ ok: true, value: undefined });
		held.close();
	});

	it('says so where storage is off', async () => {
		globalThis.indexedDB = undefined as unknown as IDBFactory;
		expect(await peek('progress', 'any')).toEqual({ ok: false });
	});
});
