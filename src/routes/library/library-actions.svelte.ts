// What a press on the library page does: delete, undo, show more, listen next, listen to all unread, play.
// The library's code (and storage's) loads after the page; a press made before then waits for it and is carried
// out, not lost. One action runs at a time, so a double press never acts twice, and each says where focus
// goes next, so it never falls to the page. Library.svelte renders the list and calls these.
import { tick } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { fetchEmbeddedArticle } from '$lib/article/embedded';
import { afterPageLoad } from '$lib/idle';
import type { QueuedArticle } from '$lib/storage';
import { titleOf, type LibraryEntry, type LibrarySort } from './describe';
import type { LibraryState } from './library-state.svelte';

/** The page's elements that take focus after an action, found when needed (they come and go). */
export interface FocusTargets {
	/** The link of a listed article. */
	link(id: string | undefined): HTMLElement | null | undefined;
	undoButton(): HTMLElement | undefined;
	addLink(): HTMLElement | undefined;
}

export class LibraryActions {
	/** The device's library, once its code and storage have loaded; until then the prerendered list shows. */
	loaded = $state.raw<LibraryState>();
	/** "Up next" (with the queue's code), loaded with the library's. */
	UpNext = $state.raw<typeof import('$lib/queue/UpNext.svelte').default>();
	/** Why the library could not load, for the status line. */
	failure = $state('');

	readonly #targets: FocusTargets;
	readonly #whenLoaded: Promise<LibraryState>;
	#settle: (state: LibraryState) => void = () => {};
	#acting = false;

	constructor(targets: FocusTargets) {
		this.#targets = targets;
		this.#whenLoaded = new Promise<LibraryState>((settle) => (this.#settle = settle));
	}

	/** Loads the library after the page, starting from the entries the page already shows. */
	start(shown: LibraryEntry[]): void {
		void afterPageLoad()
			.then(() => Promise.all([import('./library-state.svelte'), import('$lib/queue/UpNext.svelte')]))
			.then(([{ LibraryState }, upNext]) => {
				this.UpNext = upNext.default;
				const state = new LibraryState(shown);
				this.loaded = state;
				return state.start(() => fetchEmbeddedArticle(fetch)).then(() => this.#settle(state));
			})
			.catch((error: unknown) => {
				this.failure = `Lectern could not load your library (${String(error)}). Reload the page to try again.`;
			});
	}

	setSort(sort: LibrarySort): void {
		void this.#whenLoaded.then((state) => state.setSort(sort));
	}

	/** Runs one action at a time on the loaded library, then moves focus where the reader's next step is. */
	async #act(action: (state: LibraryState) => Promise<HTMLElement | null | undefined>): Promise<void> {
		if (this.#acting) return;
		this.#acting = true;
		try {
			const next = await action(await this.#whenLoaded);
			await tick();
			next?.focus();
		} finally {
			this.#acting = false;
		}
	}

	remove = (entry: LibraryEntry): Promise<void> =>
		this.#act(async (state) => {
			const index = state.entries.findIndex((shown) => shown.id === entry.id);
			if (!(await state.remove(entry))) return undefined;
			await tick();
			// Focus never falls to the page: Undo when it is offered, else the next article, else "Add an article".
			const neighbour = state.entries[index] ?? state.entries[index - 1];
			return this.#targets.undoButton() ?? this.#targets.link(neighbour?.id) ?? this.#targets.addLink();
		});

	undo = (): Promise<void> =>
		this.#act(async (state) => {
			const id = await state.undo();
			await tick();
			// Undo is gone once it worked; if the list could not show the article, the first one takes focus.
			if (id !== undefined) return this.#targets.link(id);
			if (this.#targets.undoButton()) return undefined;
			return this.#targets.link(state.entries[0]?.id) ?? this.#targets.addLink();
		});

	showMore = (): Promise<void> =>
		this.#act(async (state) => {
			const id = await state.showMore();
			await tick();
			return id === undefined ? undefined : this.#targets.link(id);
		});

	listenNext = (entry: LibraryEntry): Promise<void> =>
		this.#act(async (state) => {
			const { id, lang, dir } = entry;
			await state.queue.listenNext({ id, title: titleOf(entry), lang, dir });
			return undefined;
		});

	/** Every unread article to the end of the queue, then listening starts (where the queue was, else its first). */
	listenToUnread = (): Promise<void> =>
		this.#act(async (state) => {
			await state.queue.addUnread();
			const start = state.queue.start;
			if (start) await this.play(start);
			return undefined;
		});

	/** Opens the article, which starts reading aloud by itself: the press here is the reader's gesture. */
	play = async (article: Pick<QueuedArticle, 'id'>): Promise<void> => {
		const { playWhenOpened } = await import('$lib/queue/autoplay');
		playWhenOpened(article.id);
		await goto(resolve('/read/[id]', { id: article.id }));
	};
}
