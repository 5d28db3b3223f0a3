// The library's list as a small rune class: the page renders it, this talks to storage. The page imports it
// after load, and it imports storage in turn, so the library's first paint ships none of this code.
import type { Article } from '$lib/article/types';
import { QueueState } from '$lib/queue/queue-state.svelte';
import * as storage from '$lib/storage';
import type { ArticleRecord, DeletedArticle, ProgressRecord } from '$lib/storage';
import { titleOf, type LibraryEntry, type LibrarySort } from './describe';
import { readSortChoice, saveSortChoice } from './sort-choice';

/** Articles shown at once, and added by each "Show more articles". */
export const PAGE_SIZE = 50;

/**
 * `first-paint`: the prerendered list, before storage answers. `ready`: the device's library.
 * `no-storage`: the browser keeps nothing, so only the embedded article is listed.
 */
export type LibraryPhase = 'first-paint' | 'ready' | 'no-storage';

function toEntry(record: ArticleRecord, progress: ProgressRecord | undefined): LibraryEntry {
	const { id, title, lang, dir, wordCount, blockCount, origin, createdAt, openedAt } = record;
	return {
		id,
		title,
		lang,
		dir,
		wordCount,
		blockCount,
		origin,
		createdAt,
		openedAt,
		reached: progress?.block,
		spokenAt: progress?.spokenAt
	};
}

/** What went wrong, in the words of the error itself, for the end of a sentence. */
function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export class LibraryState {
	/** The listening queue, shown as "Up next" and as badges on the entries; it speaks through the library's line. */
	readonly queue = new QueueState(storage, (message) => (this.#message = message));
	#entries = $state.raw<LibraryEntry[]>([]);
	#total = $state(0);
	#sort = $state<LibrarySort>('recent');
	#phase = $state<LibraryPhase>('first-paint');
	#busy = $state(false);
	/** The library's own sentence for the reader: what was deleted or restored, or what went wrong. */
	#message = $state('');
	#deleted = $state.raw<DeletedArticle | null>(null);
	/** Bumped by every relist, so an answer that arrives after a newer request is dropped. */
	#request = 0;

	/** `firstPaint`: the prerendered list, shown until storage answers. */
	constructor(firstPaint: LibraryEntry[]) {
		this.#entries = firstPaint;
		this.#total = firstPaint.length;
	}

	get entries(): LibraryEntry[] {
		return this.#entries;
	}
	get total(): number {
		return this.#total;
	}
	get sort(): LibrarySort {
		return this.#sort;
	}
	get phase(): LibraryPhase {
		return this.#phase;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get message(): string {
		return this.#message;
	}
	/** The title "Undo" would bring back, or null when there is nothing to undo. */
	get undoable(): string | null {
		return this.#deleted ? titleOf(this.#deleted.article) : null;
	}

	/** Opens storage (after the page has loaded), saves the embedded article unless deleted, then lists. */
	async start(embeddedArticle: () => Promise<Article>): Promise<void> {
		this.#sort = readSortChoice();
		let session: typeof import('$lib/reader/session');
		try {
			session = await import('$lib/reader/session');
		} catch (error) {
			this.#message = `Lectern could not load your library (${reason(error)}). Reload the page to try again.`;
			return;
		}
		try {
			if (!(await session.saveEmbedded(await embeddedArticle()))) {
				this.#phase = 'no-storage';
				return;
			}
		} catch (error) {
			// The rest of the library still lists; only the article that comes with Lectern may be missing.
			this.#message = `Lectern could not add the article that comes with it (${reason(error)}). Reload the page to try again.`;
		}
		// The queue first, so "Up next" and the badges come with the list, in one change of the page.
		await this.queue.load();
		await this.#list(PAGE_SIZE);
		this.#phase = 'ready';
	}

	/** Lists again from the top in the chosen order, and remembers the choice on this device. */
	async setSort(sort: LibrarySort): Promise<void> {
		this.#sort = sort;
		saveSortChoice(sort);
		await this.#list(PAGE_SIZE);
	}

	/** Adds the next page to the list; returns the id of its first article (for focus), if any was added. */
	async showMore(): Promise<string | undefined> {
		const added = await this.#read(this.#entries.length, PAGE_SIZE, ++this.#request);
		if (!added) return undefined;
		// An article opened in another tab meanwhile moves up the order: list it once.
		const shown = this.#entries.map((entry) => entry.id);
		const fresh = added.filter((entry) => !shown.includes(entry.id));
		this.#entries = [...this.#entries, ...fresh];
		return fresh[0]?.id;
	}

	/** Deletes at once (Undo puts it back); true when it is gone. */
	async remove(entry: LibraryEntry): Promise<boolean> {
		const result = await storage.deleteArticle(entry.id);
		if (!result.ok) {
			this.#message = result.error.message;
			return false;
		}
		this.#entries = this.#entries.filter((shown) => shown.id !== entry.id);
		this.#total = Math.max(0, this.#total - 1);
		// A deleted article leaves "Up next" too (its place is kept in storage, so Undo puts it back there).
		await this.queue.load();
		// One Undo at a time: a new delete makes the previous one final.
		this.#deleted = result.value ?? null;
		this.#message = result.value
			? `Deleted “${titleOf(entry)}”.`
			: `“${titleOf(entry)}” had already been deleted, perhaps in another tab.`;
		return true;
	}

	/** Puts the last deleted article back; returns its id once it is listed again. */
	async undo(): Promise<string | undefined> {
		const deleted = this.#deleted;
		if (!deleted) return undefined;
		const result = await storage.restoreArticle(deleted);
		if (!result.ok) {
			this.#message = result.error.message;
			return undefined;
		}
		this.#deleted = null;
		await this.queue.load();
		// The same rows as before the delete, so it comes back where it was; further if the order changed since.
		const id = result.value;
		const listed = await this.#list(Math.max(PAGE_SIZE, this.#entries.length + 1), id);
		// A failed relist has already put its own sentence in the status line.
		if (listed) this.#message = `“${titleOf(deleted.article)}” is back in your library.`;
		return listed ? id : undefined;
	}

	/** Replaces the list with its first `limit` articles, reading further until `include` is among them. */
	async #list(limit: number, include?: string): Promise<boolean> {
		const request = ++this.#request;
		let entries = await this.#read(0, limit, request);
		while (entries && include && !entries.some((entry) => entry.id === include)) {
			const more = await this.#read(entries.length, PAGE_SIZE, request);
			if (!more || more.length === 0) break;
			entries = [...entries, ...more];
		}
		if (!entries || request !== this.#request) return false;
		this.#entries = entries;
		return true;
	}

	/** One page with its reading progress, and the count; undefined when storage failed or a newer request won. */
	async #read(offset: number, limit: number, request: number): Promise<LibraryEntry[] | undefined> {
		this.#busy = true;
		try {
			const [page, count] = await Promise.all([
				storage.listArticles(this.#sort, offset, limit),
				storage.countArticles()
			]);
			if (!page.ok || !count.ok) {
				this.#message = page.ok ? (count.ok ? '' : count.error.message) : page.error.message;
				return undefined;
			}
			const progress = await storage.readProgressFor(page.value.map((record) => record.id));
			if (!progress.ok) this.#message = progress.error.message;
			if (request !== this.#request) return undefined;
			this.#total = count.value;
			return page.value.map((record) =>
				toEntry(record, progress.ok ? progress.value.get(record.id) : undefined)
			);
		} finally {
			if (request === this.#request) this.#busy = false;
		}
	}
}
