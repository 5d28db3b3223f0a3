// The listening queue as a value: an ordered list of article ids and the one being listened to. Pure; every
// change returns a new queue, so the store can save it whole and a failed save loses nothing shown.

export interface ListeningQueue {
	ids: string[];
	/** The article playing or last played from the queue; null before the first. */
	current: string | null;
}

export const EMPTY_QUEUE: ListeningQueue = Object.freeze({ ids: [], current: null }) as ListeningQueue;

/** A stored value checked field by field: unknown shapes give the empty queue, duplicates are dropped. */
export function validQueue(raw: unknown): ListeningQueue {
	if (raw === null || typeof raw !== 'object') return { ids: [], current: null };
	const { ids, current } = raw as Record<string, unknown>;
	const list = Array.isArray(ids)
		? [...new Set(ids.filter((id): id is string => typeof id === 'string'))]
		: [];
	return { ids: list, current: typeof current === 'string' && list.includes(current) ? current : null };
}

/** "Listen next": right after the current article (first when none), moved there if already queued. */
export function listenNext(queue: ListeningQueue, id: string): ListeningQueue {
	const ids = queue.ids.filter((queued) => queued !== id);
	const at = queue.current === null || queue.current === id ? 0 : ids.indexOf(queue.current) + 1;
	ids.splice(at, 0, id);
	return { ids, current: queue.current };
}

/** Adds ids at the end, each once, in the order given ("Listen to all unread"). */
export function addAll(queue: ListeningQueue, ids: readonly string[]): ListeningQueue {
	const next = [...queue.ids];
	for (const id of ids) if (!next.includes(id)) next.push(id);
	return { ids: next, current: queue.current };
}

/** Moves an article one place earlier (-1) or later (+1); at either end nothing changes. */
export function move(queue: ListeningQueue, id: string, by: -1 | 1): ListeningQueue {
	const from = queue.ids.indexOf(id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= queue.ids.length) return queue;
	const ids = [...queue.ids];
	[ids[from], ids[to]] = [ids[to] as string, id];
	return { ids, current: queue.current };
}

/** Takes an article out; removing the current one makes nothing current. */
export function remove(queue: ListeningQueue, id: string): ListeningQueue {
	return {
		ids: queue.ids.filter((queued) => queued !== id),
		current: queue.current === id ? null : queue.current
	};
}

export function setCurrent(queue: ListeningQueue, id: string): ListeningQueue {
	return queue.ids.includes(id) ? { ...queue, current: id } : queue;
}

/** The article after the current one (the first when none is current), or null at the end. */
export function nextId(queue: ListeningQueue): string | null {
	if (queue.current === null) return queue.ids[0] ?? null;
	return queue.ids[queue.ids.indexOf(queue.current) + 1] ?? null;
}

export function previousId(queue: ListeningQueue): string | null {
	if (queue.current === null) return null;
	return queue.ids[queue.ids.indexOf(queue.current) - 1] ?? null;
}

/**
 * An article was read to its end: it leaves the queue and the one after it becomes current. An article played
 * from outside the queue hands over to the queue's current one (interrupted earlier), else its first.
 */
export function afterFinishing(
	queue: ListeningQueue,
	id: string
): { queue: ListeningQueue; next: string | null } {
	const at = queue.ids.indexOf(id);
	const next = at >= 0 ? (queue.ids[at + 1] ?? null) : (queue.current ?? queue.ids[0] ?? null);
	const ids = queue.ids.filter((queued) => queued !== id);
	return { queue: { ids, current: next }, next };
}

/**
 * The article one step after (+1) or before (-1) `id` (the lock screen's next and previous track), made
 * current; skipped articles stay queued. From outside the queue, next is its current one, else its first.
 */
export function stepFrom(
	queue: ListeningQueue,
	id: string,
	by: -1 | 1
): { queue: ListeningQueue; target: string | null } {
	const at = queue.ids.indexOf(id);
	const target =
		at >= 0 ? (queue.ids[at + by] ?? null) : by === 1 ? (queue.current ?? queue.ids[0] ?? null) : null;
	return { queue: target === null ? queue : { ...queue, current: target }, target };
}
