import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from './articles';
import { openLecternDb, openLecternDbAtVersion } from './db';
import { NEWER_VERSION_MESSAGE, STORAGE_MESSAGES } from './errors';
import { MIGRATIONS, type Migration } from './migrations';
import { DB_NAME, DB_VERSION } from './schema';
import { expectOk, freshIndexedDB, makeArticleRecord, openTestDb } from '$lib/testing/storage-factory';

const NEXT_VERSION = DB_VERSION + 1;

function withNextVersion(migrate: Migration['migrate'] = () => undefined): Migration[] {
	return [...MIGRATIONS, { version: NEXT_VERSION, description: 'a future step, for tests', migrate }];
}

/** A connection from code with no versionchange handler, like a tab running a build from before this one. */
function openWithoutHandlers(indexedDB: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.addEventListener('success', () => resolve(request.result));
		request.addEventListener('error', () => reject(request.error));
	});
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('openLecternDb across tabs', () => {
	it('closes an old tab when a newer version opens elsewhere, and tells that tab', async () => {
		const indexedDB = freshIndexedDB();
		const onBlocking = vi.fn();
		const oldTab = expectOk(await openLecternDb({ indexedDB, onBlocking }));
		const onBlocked = vi.fn();
		const futureStep = vi.fn();

		const newTab = expectOk(
			await openLecternDbAtVersion(NEXT_VERSION, withNextVersion(futureStep), { indexedDB, onBlocked })
		);

		expect(newTab.version).toBe(NEXT_VERSION);
		expect(futureStep).toHaveBeenCalledOnce();
		expect(onBlocking).toHaveBeenCalledOnce();
		expect(onBlocked).not.toHaveBeenCalled();
		const save = await saveArticle(oldTab, makeArticleRecord());
		expect(save).toEqual({
			ok: false,
			error: expect.objectContaining({ kind: 'blocked', message: STORAGE_MESSAGES.blocked })
		});
		newTab.close();
	});

	it('tells the new tab it is blocked while another tab keeps the old version open, then opens once it closes', async () => {
		const indexedDB = freshIndexedDB();
		(await openTestDb(indexedDB)).close();
		const stubborn = await openWithoutHandlers(indexedDB);
		const onBlocked = vi.fn();
		const blocked = new Promise<void>((resolve) => onBlocked.mockImplementation(resolve));
		let settled = false;

		const opening = openLecternDbAtVersion(NEXT_VERSION, withNextVersion(), { indexedDB, onBlocked }).finally(
			() => (settled = true)
		);
		await blocked;
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(settled).toBe(false);
		stubborn.close();
		const newTab = expectOk(await opening);

		expect(newTab.version).toBe(NEXT_VERSION);
		expect(onBlocked).toHaveBeenCalledOnce();
		newTab.close();
	});

	it('tells the page when the browser closes the connection itself', async () => {
		const onTerminated = vi.fn();
		const db = expectOk(await openLecternDb({ indexedDB: freshIndexedDB(), onTerminated }));

		// fake-indexeddb's typings ask for the class, but the function closes a connection instance
		forceCloseDatabase(unwrap(db) as unknown as typeof IDBDatabase);

		expect(onTerminated).toHaveBeenCalledOnce();
	});
});

describe('openLecternDb when storage cannot be used', () => {
	it('reports unavailable storage when the browser has no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);

		const result = await openLecternDb();

		expect(result).toEqual({
			ok: false,
			error: { kind: 'unavailable', message: STORAGE_MESSAGES.unavailable }
		});
	});

	it('reports unavailable storage when opening throws, as in some private windows', async () => {
		const denied = new DOMException('The operation is insecure.', 'SecurityError');
		const indexedDB = {
			open: () => {
				throw denied;
			}
		} as unknown as IDBFactory;

		const result = await openLecternDb({ indexedDB });

		expect(result).toEqual({
			ok: false,
			error: { kind: 'unavailable', message: STORAGE_MESSAGES.unavailable, cause: denied }
		});
	});

	it('asks for a reload when the stored data comes from a newer Lectern', async () => {
		const indexedDB = freshIndexedDB();
		expectOk(await openLecternDbAtVersion(NEXT_VERSION, withNextVersion(), { indexedDB })).close();

		const result = await openLecternDb({ indexedDB });

		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatchObject({ kind: 'failed', message: NEWER_VERSION_MESSAGE });
	});
});
