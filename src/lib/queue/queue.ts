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
