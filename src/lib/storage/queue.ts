// The listening queue kept in IndexedDB (one record in the `meta` store), so it survives a reload or a week.
import { addAll, validQueue, type ListeningQueue } from '$lib/queue/queue';
import type { TextDirection } from '$lib/article/types';
import type { StorageResult } from './errors';
import type { LecternDb } from './schema';
import { withTransaction } from './transaction';

export const QUEUE_KEY = 'listening-queue';

export function loadQueue(db: LecternDb): Promise<StorageResult<ListeningQueue>> {
	return withTransaction(db, ['meta'], 'readonly', async (tx) =>
		validQueue((await tx.objectStore('meta').get(QUEUE_KEY))?.value)
	);
}

/** What the queue's list shows of an article: no text, so a long queue stays light. */
export interface QueuedArticle {
	id: string;
	title: string;
	lang: string;
	dir: TextDirection;
}

/**
 * The queue with each queued article's title, in one transaction. Articles deleted since they were queued are
 * left out of both (the stored record keeps them until the next save, so Undo of a delete keeps its place).
 */
export function loadQueuedArticles(
	db: LecternDb
): Promise<StorageResult<{ queue: ListeningQueue; articles: QueuedArticle[] }>> {
	return withTransaction(db, ['meta', 'articles'], 'readonly', async (tx) => {
		const stored = validQueue((await tx.objectStore('meta').get(QUEUE_KEY))?.value);
		const records = await Promise.all(stored.ids.map((id) => tx.objectStore('articles').get(id)));
		const articles = records.flatMap((record) =>
			record ? [{ id: record.id, title: record.title, lang: record.lang, dir: record.dir }] : []
		);
		const ids = articles.map((article) => article.id);
		const current = stored.current !== null && ids.includes(stored.current) ? stored.current : null;
		return { queue: { ids, current }, articles };
	});
}

export function saveQueue(
	db: LecternDb,
	queue: ListeningQueue,
	now = Date.now()
): Promise<StorageResult<ListeningQueue>> {
	return withTransaction(db, ['meta'], 'readwrite', async (tx) => {
		await tx.objectStore('meta').put({ id: QUEUE_KEY, value: queue, updatedAt: now });
		return queue;
	});
}

/**
 * "Listen to all unread": every saved article never opened, oldest added first, appended to the stored queue,
 * in one transaction so a second tab's change is not lost between reading and writing.
 */
export function queueAllUnread(db: LecternDb, now = Date.now()): Promise<StorageResult<ListeningQueue>> {
	return withTransaction(db, ['meta', 'articles'], 'readwrite', async (tx) => {
		const stored = validQueue((await tx.objectStore('meta').get(QUEUE_KEY))?.value);
		const unread = (await tx.objectStore('articles').getAll())
			.filter((article) => article.openedAt === undefined)
			.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
			.map((article) => article.id);
		const queue = addAll(stored, unread);
		await tx.objectStore('meta').put({ id: QUEUE_KEY, value: queue, updatedAt: now });
		return queue;
	});
}
