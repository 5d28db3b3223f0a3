import { describe, expect, it } from 'vitest';
import { saveArticle } from '$lib/storage/articles';
import { createStorage } from '$lib/storage';
import { loadQueue, loadQueuedArticles, queueAllUnread, saveQueue } from '$lib/storage/queue';
import { expectOk, freshIndexedDB, makeArticleRecord, openTestDb } from '$lib/testing/storage-factory';
import {
	EMPTY_QUEUE,
	addAll,
	afterFinishing,
	listenNext,
	move,
	nextId,
	previousId,
	remove,
	setCurrent,
	stepFrom,
	validQueue
} from './queue';
import { playWhenOpened, takeAutoplay } from './autoplay';
import { finishQueued, stepQueue } from './playback';

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

	it('a finished article leaves the queue and the one after it becomes current', () => {
		const queue = setCurrent(addAll(EMPTY_QUEUE, ['a', 'b', 'c']), 'a');
		expect(afterFinishing(queue, 'b')).toEqual({ queue: { ids: ['a', 'c'], current: 'c' }, next: 'c' });
		expect(afterFinishing(queue, 'c')).toEqual({ queue: { ids: ['a', 'b'], current: null }, next: null });
		// Played from outside the queue: the queue carries on where it was (its current article), else at its start.
		expect(afterFinishing(queue, 'z').next).toBe('a');
		expect(afterFinishing(addAll(EMPTY_QUEUE, ['a', 'b']), 'z').next).toBe('a');
	});

	it('next and previous track step between queued articles and keep the skipped ones', () => {
		const queue = addAll(EMPTY_QUEUE, ['a', 'b', 'c']);
		expect(stepFrom(queue, 'b', 1)).toEqual({ queue: { ids: ['a', 'b', 'c'], current: 'c' }, target: 'c' });
		expect(stepFrom(queue, 'b', -1).target).toBe('a');
		expect(stepFrom(queue, 'a', -1)).toEqual({ queue, target: null });
		expect(stepFrom(queue, 'c', 1).target).toBeNull();
		expect(stepFrom(queue, 'z', 1).target).toBe('a');
		expect(stepFrom(queue, 'z', -1).target).toBeNull();
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

describe('the queue played from the reader', () => {
	it('lists titles, leaves deleted articles out, and hands over through storage', async () => {
		const indexedDB = freshIndexedDB();
		const db = await openTestDb(indexedDB);
		for (const id of ['one', 'two', 'three'])
			expectOk(await saveArticle(db, makeArticleRecord({ id, title: `Title ${id}` })));
		expectOk(await saveQueue(db, setCurrent(addAll(EMPTY_QUEUE, ['one', 'gone', 'two', 'three']), 'gone')));
		expect(expectOk(await loadQueuedArticles(db))).toEqual({
			queue: { ids: ['one', 'two', 'three'], current: null },
			articles: ['one', 'two', 'three'].map((id) => ({ id, title: `Title ${id}`, lang: 'en-GB', dir: 'ltr' }))
		});
		db.close();

		const storage = createStorage({ indexedDB, whenReady: () => Promise.resolve() });
		expect(expectOk(await finishQueued(storage, 'one'))).toMatchObject({ id: 'two', title: 'Title two' });
		expect(expectOk(await storage.loadQueue())).toEqual({ ids: ['two', 'three'], current: 'two' });
		expect(expectOk(await stepQueue(storage, 'two', 1))?.id).toBe('three');
		expect(expectOk(await stepQueue(storage, 'three', -1))?.id).toBe('two');
		expect(expectOk(await finishQueued(storage, 'two'))?.id).toBe('three');
		expect(expectOk(await finishQueued(storage, 'three'))).toBeNull();
		expect(expectOk(await storage.loadQueue())).toEqual({ ids: [], current: null });
	});

	it('plays by itself only the page a press asked for, once', () => {
		playWhenOpened('b');
		expect(takeAutoplay('a')).toBe(false);
		expect(takeAutoplay('b')).toBe(true);
		expect(takeAutoplay('b')).toBe(false);
	});
});
