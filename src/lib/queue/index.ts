// The listening queue: what plays after the current article. Pure operations; storage keeps it ($lib/storage: loadQueue, saveQueue, queueAllUnread).
export {
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
export type { ListeningQueue } from './queue';
