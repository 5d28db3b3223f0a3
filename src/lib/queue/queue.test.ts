import { describe, expect, it } from 'vitest';
import { saveArticle } from '$lib/storage/articles';
import { loadQueue, queueAllUnread, saveQueue } from '$lib/storage/queue';
import { expectOk, freshIndexedDB, makeArticleRecord, openTestDb } from '$lib/testing/storage-factory';
import {
	EMPTY_QUEUE,
	addAll,
	listenNext,
	move,
	nextId,
	previousId,
	remove,
	setCurrent,
	validQueue
} from './queue';

describe('the queue order', () => {
	it('"Listen next" goes right after the current article, or first', () => {
		let queue = listenNext(EMPTY_QUEUE, 'a');
		queue = addAll(queue, ['b', 'c']);
		expect(queue.ids).toEqual(['a', 'b', 'c']);
		queue = setCurrent(queue, 'a');
		queue = listenNext(queue, 'c');
		expect(queue).toEqual({ ids: ['a', 'c', 'b'], current: 'a' });
		expect(listenNext(queue, 'z').ids).toEqual(['a', 'z', 'c', 'b']);
	});

	it('moves up and down, stopping at the ends; removes; walks next and previous', () => {
		let queue = setCurrent(addAll(EMPTY_QUEUE, ['a', 'b', 'c', 'a']), 'b');
		expect(queue.ids).toEqual(['a', 'b', 'c']);
		expect(move(queue, 'a', -1)).toBe(queue);
		expect(move(queue, 'c', 1)).toBe(queue);
		queue = move(queue, 'c', -1);
		expect(queue.ids).toEqual(['a', 'c', 'b']);
		expect(nextId(queue)).toBeNull();
		expect(previousId(queue)).toBe('c');
		queue = remove(queue, 'b');
		expect(queue).toEqual({ ids: ['a', 'c'], current: null });
		expect(nextId(queue)).toBe('a');
	});

	it('repairs a damaged record instead of failing', () => {
		expect(validQueue('nonsense')).toEqual({ ids: [], current: null });
		expect(validQueue({ ids: ['a', 3, 'a', 'b'], current: 'x' })).toEqual({ ids: ['a', 'b'], current: null });
	});
});

describe('the queue in IndexedDB', () => {
	it('is empty at first, then resumes where it was after the database is opened again', async () => {
		const indexedDB = freshIndexedDB();
		const db = await openTestDb(indexedDB);
		expect(expectOk(await loadQueue(db))).toEqual({ ids: [], current: null });
		expectOk(await saveQueue(db, setCurrent(addAll(EMPTY_QUEUE, ['x', 'y']), 'y')));
		db.close();
		const again = await openTestDb(indexedDB);
		expect(expectOk(await loadQueue(again))).toEqual({ ids: ['x', 'y'], current: 'y' });
		again.close();
	});

	it('"Listen to all unread" appends every never-opened article, oldest first, once', async () => {
		const db = await openTestDb();
		expectOk(await saveArticle(db, makeArticleRecord({ id: 'new', createdAt: 3 })));
		expectOk(await saveArticle(db, makeArticleRecord({ id: 'old', createdAt: 1 })));
		expectOk(await saveArticle(db, makeArticleRecord({ id: 'read', createdAt: 2, openedAt: 5 })));
		expectOk(await saveQueue(db, addAll(EMPTY_QUEUE, ['new'])));
		expect(expectOk(await queueAllUnread(db)).ids).toEqual(['new', 'old']);
		expect(expectOk(await loadQueue(db)).ids).toEqual(['new', 'old']);
		db.close();
	});
});
