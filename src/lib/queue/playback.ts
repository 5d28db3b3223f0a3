// Playing the queue from the reader: what follows an article read to its end, and the lock screen's next and
// previous track. The reader page loads it when one of those happens (autoplay.ts is what it needs at start).
import type { QueuedArticle, Storage, StorageResult } from '$lib/storage';
import { afterFinishing, stepFrom, type ListeningQueue } from './queue';

export type QueueStorage = Pick<Storage, 'loadQueuedArticles' | 'saveQueue'>;

/** Changes the stored queue with `decide` and answers the article it chose (null: none, the queue is over). */
async function change(
	storage: QueueStorage,
	decide: (queue: ListeningQueue) => { queue: ListeningQueue; target: string | null }
): Promise<StorageResult<QueuedArticle | null>> {
	const loaded = await storage.loadQueuedArticles();
	if (!loaded.ok) return loaded;
	const { queue, target } = decide(loaded.value.queue);
	if (queue !== loaded.value.queue) {
		const saved = await storage.saveQueue(queue);
		if (!saved.ok) return saved;
	}
	return { ok: true, value: loaded.value.articles.find((article) => article.id === target) ?? null };
}

/** `id` was read to its end: it leaves the queue; the article to play next, if any. */
export function finishQueued(
	storage: QueueStorage,
	id: string
): Promise<StorageResult<QueuedArticle | null>> {
	return change(storage, (queue) => {
		const after = afterFinishing(queue, id);
		return { queue: after.queue, target: after.next };
	});
}

/** The queued article after (+1) or before (-1) `id`, made current; null when there is none that way. */
export function stepQueue(
	storage: QueueStorage,
	id: string,
	by: -1 | 1
): Promise<StorageResult<QueuedArticle | null>> {
	return change(storage, (queue) => stepFrom(queue, id, by));
}
