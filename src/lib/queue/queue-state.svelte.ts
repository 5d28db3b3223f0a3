// The listening queue as the page shows it: the queue, each queued article's title, and one sentence about the
// last change for the status region. Every change is saved whole; a save that fails puts back what was shown.
import type { QueuedArticle, Storage } from '$lib/storage';
import { EMPTY_QUEUE, listenNext, move, remove, type ListeningQueue } from './queue';

export type QueueStorage = Pick<Storage, 'loadQueuedArticles' | 'saveQueue' | 'queueAllUnread'>;

const quoted = (article: QueuedArticle) => `“${article.title.trim() || 'Untitled'}”`;

export class QueueState {
	readonly #storage: QueueStorage;
	readonly #say: ((message: string) => void) | undefined;
	#queue = $state.raw<ListeningQueue>(EMPTY_QUEUE);
	/** What is known of each queued article (its title), in no particular order. */
	#articles = $state.raw<readonly QueuedArticle[]>([]);
	#message = $state('');

	/** `say`: where the page speaks (the library's status line); without it, `message` is for the caller to show. */
	constructor(storage: QueueStorage, say?: (message: string) => void) {
		this.#storage = storage;
		this.#say = say;
	}

	/** The queued articles in order. */
	get items(): QueuedArticle[] {
		return this.#queue.ids.flatMap((id) => this.#articles.find((article) => article.id === id) ?? []);
	}

	/** The article playing or last played from the queue, where "Play" carries on; else null. */
	get current(): string | null {
		return this.#queue.current;
	}

	/** Where "Play" starts: the current article (at its saved place), else the first. */
	get start(): QueuedArticle | null {
		return this.items.find((item) => item.id === this.#queue.current) ?? this.items[0] ?? null;
	}

	/** The last change, in a sentence for a polite status region. */
	get message(): string {
		return this.#message;
	}

	#tell(message: string): void {
		this.#message = message;
		this.#say?.(message);
	}

	/** 1 for the first article in the queue; 0 when not queued. */
	position(id: string): number {
		return this.#queue.ids.indexOf(id) + 1;
	}

	async load(): Promise<boolean> {
		const loaded = await this.#storage.loadQueuedArticles();
		if (!loaded.ok) {
			this.#tell(loaded.error.message);
			return false;
		}
		this.#queue = loaded.value.queue;
		this.#articles = loaded.value.articles;
		return true;
	}

	/** "Listen next": right after the article being listened to, or first. */
	listenNext(article: QueuedArticle): Promise<boolean> {
		this.#articles = [...this.#articles.filter((known) => known.id !== article.id), article];
		return this.#change(listenNext(this.#queue, article.id), () => this.#placeOf(article));
	}

	/** Moves an article one place up (-1) or down (+1); at either end, says so. */
	async move(article: QueuedArticle, by: -1 | 1): Promise<boolean> {
		const moved = move(this.#queue, article.id, by);
		if (moved === this.#queue) {
			this.#tell(`${quoted(article)} is already ${by < 0 ? 'first' : 'last'} in Up next.`);
			return false;
		}
		return this.#change(moved, () => this.#placeOf(article));
	}

	remove(article: QueuedArticle): Promise<boolean> {
		return this.#change(remove(this.#queue, article.id), () => `Removed ${quoted(article)} from Up next.`);
	}

	clear(): Promise<boolean> {
		return this.#change(EMPTY_QUEUE, () => 'Up next is empty.');
	}

	/** "Listen to all unread": every article never opened goes to the end, once. How many were added. */
	async addUnread(): Promise<number> {
		const before = this.#queue.ids.length;
		const added = await this.#storage.queueAllUnread();
		if (!added.ok) {
			this.#tell(added.error.message);
			return 0;
		}
		if (!(await this.load())) return 0;
		const count = this.#queue.ids.length - before;
		this.#tell(
			count === 0
				? 'No unread articles to add: you have opened every article in your library.'
				: `Added ${count} unread ${count === 1 ? 'article' : 'articles'} to Up next.`
		);
		return count;
	}

	#placeOf(article: QueuedArticle): string {
		return `${quoted(article)} is ${this.position(article.id)} of ${this.#queue.ids.length} in Up next.`;
	}

	/** Shows `next` at once and saves it; a failed save puts the queue back and says why. */
	async #change(next: ListeningQueue, said: () => string): Promise<boolean> {
		const shown = this.#queue;
		this.#queue = next;
		const saved = await this.#storage.saveQueue(next);
		if (!saved.ok) {
			this.#queue = shown;
			this.#tell(saved.error.message);
			return false;
		}
		this.#tell(said());
		return true;
	}
}
