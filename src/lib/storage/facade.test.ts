import { describe, expect, it, vi } from 'vitest';
import { openLecternDbAtVersion } from './db';
import { STORAGE_MESSAGES } from './errors';
import { createStorage, isOpenFailure, type StorageNotice } from './index';
import { MIGRATIONS } from './migrations';
import { DB_VERSION } from './schema';
import {
	expectOk,
	freshIndexedDB,
	makeEmbeddedArticle,
	makeProgressRecord
} from '$lib/testing/storage-factory';

const now = 1_700_000_000_000;

/** A fake IndexedDB that counts how often the database is opened. */
function countingIndexedDB() {
	const indexedDB = freshIndexedDB();
	const open = vi.spyOn(indexedDB, 'open');
	return { indexedDB, open };
}

/** A browser window where storage is off: opening throws, as Firefox's private windows once did. */
function refusingIndexedDB(): IDBFactory {
	const indexedDB = freshIndexedDB();
	vi.spyOn(indexedDB, 'open').mockImplementation(() => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	});
	return indexedDB;
}

function article(title: string) {
	return {
		baseId: title.toLowerCase(),
		record: {
			title,
			lang: 'en-GB',
			dir: 'ltr' as const,
			source: `${title}\n\nA paragraph of words.`,
			sourceKind: 'text' as const,
			wordCount: 4,
			blockCount: 1,
			createdAt: now,
			updatedAt: now
		}
	};
}

describe('the storage facade', () => {
	it('opens the database only when first called, and once for any number of calls', async () => {
		const { indexedDB, open } = countingIndexedDB();
		const storage = createStorage({ indexedDB, whenReady: () => Promise.resolve() });
		expect(open).not.toHaveBeenCalled();

		const [saved, counted, settings] = await Promise.all([
			storage.addArticles([article('Harbour'), article('Harbour')]),
			storage.countArticles(),
			storage.loadSettings()
		]);
		await storage.readProgress('harbour');

		expect(open).toHaveBeenCalledOnce();
		expect(expectOk(saved)).toEqual(['harbour', 'harbour-2']);
		expect(typeof expectOk(counted)).toBe('number');
		expect(expectOk(settings)).toBeUndefined();
	});

	it('waits for the page before loading storage', async () => {
		const { indexedDB, open } = countingIndexedDB();
		let pageLoaded = () => {};
		const whenReady = () => new Promise<void>((resolve) => (pageLoaded = resolve));
		const storage = createStorage({ indexedDB, whenReady });

		const counting = storage.countArticles();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(open).not.toHaveBeenCalled();
		pageLoaded();

		expect(expectOk(await counting)).toBe(0);
		expect(open).toHaveBeenCalledOnce();
	});

	it('returns what was saved, typed, through the same calls the app makes', async () => {
		const storage = createStorage({ indexedDB: freshIndexedDB(), whenReady: () => Promise.resolve() });
		const [id] = expectOk(await storage.addArticles([article('Dawn')]));
		if (id === undefined) throw new Error('addArticles returned no id');

		const opened = expectOk(await storage.openArticle(id));
		expect(opened?.title).toBe('Dawn');
		expect(expectOk(await storage.openArticle('no-such-article'))).toBeUndefined();

		const place = makeProgressRecord({ articleId: id, block: 3 });
		expect(expectOk(await storage.updateProgress(id, () => place))).toBe(true);
		expect(expectOk(await storage.readProgress(id))?.block).toBe(3);
		expect(expectOk(await storage.updateProgress('gone', () => place))).toBe(false);

		const saved = expectOk(await storage.saveSettings({ textSize: 150 }, { version: 2, now }));
		expect(expectOk(await storage.loadSettings())).toEqual(saved);
		expect(expectOk(await storage.saveEmbeddedArticle(makeEmbeddedArticle()))).toBe('added');

		const listed = expectOk(await storage.listArticles('title', 0, 10)).map((record) => record.title);
		expect(listed).toEqual(['Dawn', 'Rafah crossing reopens']);
	});

	it('answers every call with a typed error when storage is off, and says so once', async () => {
		const storage = createStorage({ indexedDB: refusingIndexedDB(), whenReady: () => Promise.resolve() });

		const first = await storage.addArticles([article('Lost')]);
		const second = await storage.readProgress('lost');
		const notices: StorageNotice[] = [];
		storage.onStorageNotice((notice) => notices.push(notice));

		for (const result of [first, second]) {
			expect(result.ok).toBe(false);
			if (result.ok) continue;
			expect(result.error.kind).toBe('unavailable');
			expect(result.error.message).toBe(STORAGE_MESSAGES.unavailable);
			expect(isOpenFailure(result.error)).toBe(true);
		}
		// Raised before anyone listened, delivered when someone did, and only once for both calls
		expect(notices).toEqual([
			{
				kind: 'unavailable',
				message: 'Saving is off in this browser window (private browsing may block it). You can still read.',
				reload: false
			}
		]);
	});

	it('tells the page when a newer Lectern takes the database, and saves nothing more', async () => {
		const indexedDB = freshIndexedDB();
		const storage = createStorage({ indexedDB, whenReady: () => Promise.resolve() });
		const notices: StorageNotice[] = [];
		storage.onStorageNotice((notice) => notices.push(notice));
		expectOk(await storage.countArticles());

		const newer = [
			...MIGRATIONS,
			{ version: DB_VERSION + 1, description: 'a future step', migrate: () => {} }
		];
		const newTab = expectOk(await openLecternDbAtVersion(DB_VERSION + 1, newer, { indexedDB }));

		expect(notices.map((notice) => [notice.kind, notice.reload])).toEqual([['replaced', true]]);
		const after = await storage.addArticles([article('Late')]);
		expect(after.ok).toBe(false);
		if (!after.ok) {
			expect(after.error.kind).toBe('blocked');
			expect(isOpenFailure(after.error)).toBe(true);
		}
		newTab.close();
	});

	it('deletes and restores through the facade, and keeps an operation’s own error apart from an open failure', async () => {
		const storage = createStorage({ indexedDB: freshIndexedDB(), whenReady: () => Promise.resolve() });
		const [id] = expectOk(await storage.addArticles([article('Ferry')]));
		if (id === undefined) throw new Error('addArticles returned no id');
		const deleted = expectOk(await storage.deleteArticle(id));
		if (!deleted) throw new Error('deleteArticle found nothing to delete');
		expect(expectOk(await storage.countArticles())).toBe(0);
		expect(expectOk(await storage.restoreArticle(deleted))).toBe(id);

		// A place without its key is refused by IndexedDB itself: the caller reports it in its own words
		const broken = await storage.updateProgress(id, () => ({ block: 1 }) as never);
		expect(broken.ok).toBe(false);
		if (!broken.ok) {
			expect(broken.error.kind).toBe('failed');
			expect(isOpenFailure(broken.error)).toBe(false);
		}
	});
});
