// The listening queue: what plays after the current article. Pure operations and their IndexedDB record.
export {
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
export type { ListeningQueue } from './queue';
export { QUEUE_KEY, loadQueue, queueAllUnread, saveQueue } from './store';
