// The reader page's link to storage: the embedded article saved, the article recorded as opened, and the
// reading position (scroll anchor) restored and kept. Restoring needs only a peek at the database; storage's
// own code loads when the reader first does something on the page ($lib/engagement), so a page that is only
// looked at loads none of it. Every failure becomes a sentence in the status region.
import type { Article } from '$lib/article/types';
import { EMBEDDED_ARTICLE_ID } from '$lib/article/embedded';
import { engage, scrolledByPage, whenEngaged } from '$lib/engagement';
import { firstBlockWhere } from './block-search';
import type { ProgressRecord, StorageError } from '$lib/storage';
import { peekPlace } from '$lib/storage/peek';
import { appMessages } from '$lib/status/messages.svelte';
import { loadStorage } from '$lib/status/storage-notices';

/** Whether storage's code has been asked for on this page (then reads go through its connection). */
let storageLoading = false;
const storageCode = () => {
	storageLoading = true;
	return loadStorage();
};

/** Saves the open article's place; set while a reading session runs. */
let saveActive: (() => Promise<void>) | null = null;
/** Starts the session's storage (at once); settles once its article is saved, as a place needs it saved. */
let articleReady: () => Promise<unknown> = () => Promise.resolve();

/** Says what went wrong, unless storage never opened: its notice has already said so once. */
function report(error: StorageError, prefix = ''): void {
	if (error.atOpen !== true) appMessages.say(prefix + error.message);
}

/**
 * Saves the embedded article's original text on first run (and when a new build ships a new text). False
 * when storage is off, so there is nothing to save it in.
 */
export async function saveEmbedded(article: Article): Promise<boolean> {
	const storage = await storageCode();
	if (!storage) return false;
	const response = await fetch(`/articles/${EMBEDDED_ARTICLE_ID}.txt`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const source = await response.text();
	const saved = await storage.saveEmbeddedArticle({ ...article, source, blockCount: article.blocks.length });
	if (!saved.ok) report(saved.error);
	return saved.ok || !storage.isOpenFailure(saved.error);
}

/** The first block whose bottom is below the top of the viewport. */
function blockAtTop(root: HTMLElement): HTMLElement | undefined {
	return firstBlockWhere(root, (box) => box.bottom > 0);
}

/**
 * Merges a change into an article's saved place in one read-modify-write, so the scroll anchor and the
 * read-aloud position never overwrite each other. The first save also asks the browser to keep Lectern's data.
 */
let persistenceAsked = false;
async function updatePlace(
	articleId: string,
	change: (previous: ProgressRecord | undefined) => ProgressRecord
): Promise<void> {
	const storage = await storageCode();
	if (!storage) return;
	const result = await storage.updateProgress(articleId, change);
	if (!result.ok) report(result.error);
	else if (!persistenceAsked) {
		// The first saved place is the moment Lectern holds something of the reader's worth keeping.
		persistenceAsked = true;
		await storage.requestPersistence();
	}
}

/** The saved place of an article, or undefined (also when storage is off). */
export async function readPlace(articleId: string): Promise<ProgressRecord | undefined> {
	if (!storageLoading) {
		const peeked = await peekPlace(articleId);
		return peeked.ok ? peeked.value : undefined;
	}
	const progress = await (await storageCode())?.readProgress(articleId);
	return progress?.ok ? progress.value : undefined;
}

/** The place read-aloud reached in an article (not where it was only scrolled to), or null. */
export async function readSpokenPlace(articleId: string): Promise<ProgressRecord | null> {
	const place = await readPlace(articleId);
	return place?.spokenAt ? place : null;
}

/** Saves where read-aloud is (at each sentence start), keeping the scroll anchor. */
export function saveSpokenPlace(
	articleId: string,
	place: Pick<ProgressRecord, 'block' | 'sentence' | 'quote'>
): Promise<void> {
	const now = Date.now();
	// Play can come before the embedded article is saved; its first places wait for it instead of being lost
	return articleReady().then(() =>
		updatePlace(articleId, (previous) => ({
			...previous,
			articleId,
			...place,
			spokenAt: now,
			updatedAt: now
		}))
	);
}

/**
 * Opens the article's session: restores the last scroll position (unless the address names a place), then,
 * once the reader does something, saves the embedded article, records the article as opened, and saves the
 * place as they scroll or leave. Returns a stop function.
 */
export function startReadingSession(article: Article, root: HTMLElement): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;

	/** The block at the top at the last scroll: what is saved once the article has left the page. */
	let lastTop: HTMLElement | undefined;
	const save = async () => {
		const block = blockAtTop(root) ?? lastTop;
		if (!block) return;
		const index = Number(block.dataset.block);
		await updatePlace(article.id, (previous) => ({
			block: index,
			sentence: 0,
			quote: (block.textContent ?? '').trim().slice(0, 40),
			...previous,
			articleId: article.id,
			scrollBlock: index,
			updatedAt: Date.now()
		}));
	};
	const saveSoon = () => {
		lastTop = blockAtTop(root) ?? lastTop;
		clearTimeout(timer);
		timer = setTimeout(() => void save(), 500);
	};
	const saveNow = () => {
		clearTimeout(timer);
		void save();
	};

	let started: Promise<void> | null = null;
	const start = () =>
		(started ??= (async () => {
			await restored;
			if (stopped) return;
			if (article.id === EMBEDDED_ARTICLE_ID && !(await saveEmbedded(article))) return;
			const storage = await storageCode();
			if (!storage) return;
			const opened = await storage.markOpened(article.id);
			if (stopped || (!opened.ok && storage.isOpenFailure(opened.error))) return;
			addEventListener('scroll', saveSoon, { passive: true });
			addEventListener('pagehide', saveNow);
			// The reader's first sign may have been a scroll: it is a place to keep (no scroll event may follow).
			if (scrollY > 0) saveSoon();
		})().catch((error: unknown) =>
			appMessages.say(`Lectern could not open your reading place: ${String(error)}`)
		));
	const restored = (async () => {
		const peeked = await peekPlace(article.id);
		// Storage is off: its own code says so at once, rather than at the reader's first move.
		if (!peeked.ok) return void start();
		const anchor = peeked.value?.scrollBlock;
		if (stopped || anchor === undefined || anchor <= 0 || location.hash) return;
		root.querySelector(`[data-block="${anchor}"]`)?.scrollIntoView({ block: 'start', behavior: 'instant' });
		scrolledByPage();
	})();

	void whenEngaged().then(start);
	const ready = () => {
		engage();
		return start();
	};
	const saveThis = () => ready().then(save);
	saveActive = saveThis;
	articleReady = ready;

	return () => {
		stopped = true;
		if (articleReady === ready) articleReady = () => Promise.resolve();
		if (saveActive === saveThis) saveActive = null;
		if (!started) return;
		void started.then(() => {
			removeEventListener('scroll', saveSoon);
			removeEventListener('pagehide', saveNow);
			saveNow();
		});
	};
}

/** Saves the open article's place now, e.g. before reloading into a new version. */
export async function saveBeforeReload(): Promise<void> {
	await saveActive?.();
}
