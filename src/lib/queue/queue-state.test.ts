// @vitest-environment jsdom
// jsdom, so Svelte compiles the rune class for the client.
import { describe, expect, it } from 'vitest';
import { createStorage, type QueuedArticle } from '$lib/storage';
import { saveArticle } from '$lib/storage/articles';
import { expectOk, freshIndexedDB, makeArticleRecord, openTestDb } from '$lib/testing/storage-factory';
import { QueueState, type QueueStorage } from './queue-state.svelte';

const article = (id: string, title = `Title ${id}`): QueuedArticle => ({
	id,
	title,
	lang: 'en-GB',
	dir: 'ltr'
});

async function library(ids: { id: string; openedAt?: number }[]) {
	const indexedDB = freshIndexedDB();
	const db = await openTestDb(indexedDB);
	for (const [n, { id, openedAt }] of ids.entries())
		expectOk(await saveArticle(db, makeArticleRecord({ id, title: `Title ${id}`, createdAt: n, openedAt })));
	db.close();
	return () => createStorage({ indexedDB, whenReady: () => Promise.resolve() });
}

describe('QueueState', () => {
	it('queues, moves, removes and clears, saying each change, and a new page finds it as it was', async () => {
		const storage = await library([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
		const queue = new QueueState(storage());
		await queue.load();
		expect(queue.items).toEqual([]);
		await queue.listenNext(article('a'));
		await queue.listenNext(article('b'));
		expect(queue.items.map((item) => item.id)).toEqual(['b', 'a']);
		expect(queue.message).toBe('“Title b” is 1 of 2 in Up next.');
		await queue.move(article('b'), 1);
		expect(queue.message).toBe('“Title b” is 2 of 2 in Up next.');
		expect(await queue.move(article('b'), 1)).toBe(false);
		expect(queue.message).toBe('“Title b” is already last in Up next.');
		await queue.listenNext(article('c'));
		await queue.remove(article('a'));
		expect(queue.message).toBe('Removed “Title a” from Up next.');
		expect(queue.position('c')).toBe(1);
		expect(queue.position('a')).toBe(0);

		const again = new QueueState(storage());
		await again.load();
		expect(again.items.map((item) => item.title)).toEqual(['Title c', 'Title b']);
		expect(again.start?.id).toBe('c');
		await again.clear();
		expect(again.message).toBe('Up next is empty.');
		const third = new QueueState(storage());
		await third.load();
		expect(third.items).toEqual([]);
	});

	it('"Listen to all unread" adds the never-opened articles and says how many', async () => {
		const storage = await library([{ id: 'old' }, { id: 'read', openedAt: 5 }, { id: 'new' }]);
		const queue = new QueueState(storage());
		await queue.load();
		expect(await queue.addUnread()).toBe(2);
		expect(queue.items.map((item) => item.id)).toEqual(['old', 'new']);
		expect(queue.message).toBe('Added 2 unread articles to Up next.');
		expect(await queue.addUnread()).toBe(0);
		expect(queue.message).toBe('No unread articles to add: you have opened every article in your library.');
	});

	it('puts the queue back and says why when saving fails', async () => {
		const real = (await library([{ id: 'a' }]))();
		const failing: QueueStorage = {
			...real,
			saveQueue: () =>
				Promise.resolve({
					ok: false,
					error: { kind: 'quota', message: 'This device is out of space for Lectern.' }
				})
		};
		const queue = new QueueState(failing);
		await queue.load();
		expect(await queue.listenNext(article('a'))).toBe(false);
		expect(queue.items).toEqual([]);
		expect(queue.message).toBe('This device is out of space for Lectern.');
	});
});
