// The reader page's link to storage: the embedded article saved on first run, and the reading position
// (scroll anchor) restored and kept. Every failure becomes a sentence in the status region.
import type { Article } from '$lib/article/types';
import { EMBEDDED_ARTICLE_ID } from '$lib/article/embedded';
import { firstBlockWhere } from './block-search';
import * as storage from '$lib/storage';
import type { ProgressRecord, StorageError } from '$lib/storage';
import { appMessages } from '$lib/status/messages.svelte';
import { reportStorageNotices } from '$lib/status/storage-notices';

/** Saves the open article's place; set while a reading session runs. */
let saveActive: (() => Promise<void>) | null = null;
/** Settles once the session has saved its article: a place saved before then would find no article. */
let articleReady: Promise<unknown> = Promise.resolve();

/** Says what went wrong, unless storage never opened: its notice has already said so once. */
function report(error: StorageError, prefix = ''): void {
	if (!storage.isOpenFailure(error)) appMessages.say(prefix + error.message);
}

/**
 * Saves the embedded article's original text on first run (and when a new build ships a new text). False
 * when storage is off, so there is nothing to save it in.
 */
export async function saveEmbedded(article: Article): Promise<boolean> {
	reportStorageNotices();
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
	const progress = await storage.readProgress(articleId);
	return progress.ok ? progress.value : undefined;
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
	return articleReady.then(() =>
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
 * Opens the article's session: saves the embedded article, restores the last scroll position (unless the
 * address names a place), and saves it again as the reader scrolls or leaves. Returns a stop function.
 */
export function startReadingSession(article: Article, root: HTMLElement): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	reportStorageNotices();

	const save = async () => {
		const block = blockAtTop(root);
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
	saveActive = save;
	const saveSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void save(), 500);
	};
	const saveNow = () => {
		clearTimeout(timer);
		void save();
	};

	const ready = (async () => {
		if (article.id === EMBEDDED_ARTICLE_ID && !(await saveEmbedded(article))) return;
		const opened = await storage.markOpened(article.id);
		if (!opened.ok && storage.isOpenFailure(opened.error)) return;
		const anchor = (await readPlace(article.id))?.scrollBlock;
		if (anchor !== undefined && anchor > 0 && !location.hash) {
			root.querySelector(`[data-block="${anchor}"]`)?.scrollIntoView({ block: 'start', behavior: 'instant' });
		}
		addEventListener('scroll', saveSoon, { passive: true });
		addEventListener('pagehide', saveNow);
		// A reader who scrolled before storage was ready has a place to keep too (no scroll event may follow)
		if (scrollY > 0) saveSoon();
	})().catch((error: unknown) =>
		appMessages.say(`Lectern could not open your reading place: ${String(error)}`)
	);
	articleReady = ready;

	return () => {
		if (saveActive === save) saveActive = null;
		void ready.then(() => {
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
