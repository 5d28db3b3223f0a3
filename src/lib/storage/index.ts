// The app's one way into storage. It loads the storage code after the page has loaded, opens the database
// once (lazily, on the first call) and answers every call with a typed result. Saying anything to the reader
// is the caller's concern: connection events arrive through `onStorageNotice`, errors in each result.
import { afterPageLoad } from '$lib/idle';
import type { ListeningQueue } from '$lib/queue/queue';
import { failure, storageError, type StorageError, type StorageResult } from './errors';
import type { EmbeddedArticle, EnsureOutcome } from './embedded-article';
import { guardPageLeave, type LeavingWindow } from './page-leave';
import type { ArticleSort, DeletedArticle } from './articles';
import type { StorageUsage } from './persistence';
import type { QueuedArticle } from './queue';
import type {
	ArticleInput,
	ArticleRecord,
	LecternDb,
	PendingShare,
	ProgressRecord,
	PronunciationRecord,
	SettingsRecord
} from './schema';
import type { SaveSettingsOptions } from './settings-store';

export { STORAGE_MESSAGES } from './errors';
export type { StorageError, StorageErrorKind, StorageResult } from './errors';
export type { ArticleSort, DeletedArticle } from './articles';
export type { EmbeddedArticle, EnsureOutcome } from './embedded-article';
export type { StorageUsage } from './persistence';
export type { QueuedArticle } from './queue';
export type {
	ArticleRecord,
	PendingShare,
	ProgressRecord,
	PronunciationRecord,
	SettingsRecord,
	SourceKind
} from './schema';
export type { SaveSettingsOptions } from './settings-store';

type Repositories = typeof import('./repositories');

/** Something about the connection itself that the reader should know; `reload` when reloading mends it. */
export interface StorageNotice {
	kind: 'replaced' | 'upgrade-waiting' | 'lost' | 'unavailable' | 'failed';
	message: string;
	reload: boolean;
}

export interface StorageOptions {
	/** Defaults to the global `indexedDB`; tests pass a fresh fake factory. */
	indexedDB?: IDBFactory;
	/** Resolves when storage may load; in the page, after it has loaded, so the first paint needs none of it. */
	whenReady?: () => Promise<void>;
	/** The page whose leaving is watched (see page-leave.ts); defaults to `window` in a browser. */
	page?: LeavingWindow;
}

type Connection = { db: LecternDb; repositories: Repositories };

/** An error from opening the database (or a connection another tab took over): the call never ran. */
export function isOpenFailure(error: StorageError): boolean {
	return error.atOpen === true;
}

const atOpen = (error: StorageError): StorageError => ({ ...error, atOpen: true });

const defaultReady = () => (typeof window === 'undefined' ? Promise.resolve() : afterPageLoad());

/** A storage facade over one database; the app uses the module's own (the functions exported below). */
export function createStorage(options: StorageOptions = {}) {
	const notices: StorageNotice[] = [];
	const listeners = new Set<(notice: StorageNotice) => void>();
	let connection: Promise<StorageResult<Connection>> | null = null;
	const leaving = guardPageLeave(options.page ?? (typeof window === 'undefined' ? undefined : window));

	function notify(notice: StorageNotice): void {
		if (listeners.size === 0) notices.push(notice);
		listeners.forEach((listener) => listener(notice));
	}

	async function open(): Promise<StorageResult<Connection>> {
		await (options.whenReady ?? defaultReady)();
		const repositories = await import('./repositories');
		const opened = await repositories.openLecternDb({
			indexedDB: options.indexedDB,
			onBlocking: () => {
				// A newer version holds the database now: opening again could only fail (VersionError) and
				// replace this notice with a vaguer one, so nothing more is saved until the page reloads
				connection = Promise.resolve(failure(atOpen(storageError('blocked'))));
				notify({
					kind: 'replaced',
					message: 'Lectern was updated in another tab. Reload this tab to keep saving your place.',
					reload: true
				});
			},
			onBlocked: () =>
				notify({
					kind: 'upgrade-waiting',
					message: 'Lectern is updating. Close its other tabs or windows to finish; your reading is safe.',
					reload: false
				}),
			onTerminated: () => {
				connection = null;
				notify({
					kind: 'lost',
					message: 'Lectern lost access to its storage on this device. Reload to keep saving your place.',
					reload: true
				});
			}
		});
		if (opened.ok) return { ok: true, value: { db: opened.value, repositories } };
		const unavailable = opened.error.kind === 'unavailable';
		notify({
			kind: unavailable ? 'unavailable' : 'failed',
			message: unavailable
				? 'Saving is off in this browser window (private browsing may block it). You can still read.'
				: opened.error.message,
			reload: false
		});
		return failure(atOpen(opened.error));
	}

	function connect(): Promise<StorageResult<Connection>> {
		connection ??= open().catch((e: unknown) => failure(atOpen(storageError('failed', e))));
		return connection;
	}

	/** Runs `use` over the connection, opened on the first call; an open failure is returned as it is. */
	async function run<T>(use: (c: Connection) => Promise<StorageResult<T>>): Promise<StorageResult<T>> {
		const connected = await connect();
		if (!connected.ok) return connected;
		await leaving.settled();
		return use(connected.value);
	}

	return {
		/** Calls `listener` with each notice; notices raised before anyone listened are delivered at once. */
		onStorageNotice(listener: (notice: StorageNotice) => void): () => void {
			listeners.add(listener);
			notices.splice(0).forEach(listener);
			return () => listeners.delete(listener);
		},
		saveEmbeddedArticle: (article: EmbeddedArticle) =>
			run<EnsureOutcome>(({ db, repositories }) => repositories.ensureEmbeddedArticle(db, article)),
		addArticles: (
			articles: readonly { baseId: string; record: Omit<ArticleInput, 'id'> }[],
			fromShare?: string
		) => run<string[]>(({ db, repositories }) => repositories.addArticles(db, articles, fromShare)),
		openArticle: (id: string) =>
			run<ArticleRecord | undefined>(({ db, repositories }) => repositories.getArticle(db, id)),
		markOpened: (id: string) => run<boolean>(({ db, repositories }) => repositories.markOpened(db, id)),
		setArticleLanguage: (id: string, lang: string, dir: 'ltr' | 'rtl') =>
			run<boolean>(({ db, repositories }) => repositories.setArticleLanguage(db, id, lang, dir)),
		listArticles: (sort: ArticleSort, offset: number, limit: number) =>
			run<ArticleRecord[]>(({ db, repositories }) => repositories.listArticles(db, { sort, offset, limit })),
		countArticles: () => run<number>(({ db, repositories }) => repositories.countArticles(db)),
		deleteArticle: (id: string) =>
			run<DeletedArticle | undefined>(({ db, repositories }) => repositories.deleteArticle(db, id)),
		restoreArticle: (deleted: DeletedArticle) =>
			run<string>(({ db, repositories }) => repositories.restoreArticle(db, deleted)),
		readProgress: (articleId: string) =>
			run<ProgressRecord | undefined>(({ db, repositories }) => repositories.getProgress(db, articleId)),
		readProgressFor: (articleIds: readonly string[]) =>
			run<Map<string, ProgressRecord>>(({ db, repositories }) => repositories.getProgressFor(db, articleIds)),
		/** Changes a saved place in one read-modify-write; false when the article is gone. */
		updateProgress: (articleId: string, change: (previous: ProgressRecord | undefined) => ProgressRecord) =>
			run<boolean>(({ db, repositories }) => repositories.updateProgress(db, articleId, change)),
		loadSettings: () =>
			run<SettingsRecord | undefined>(({ db, repositories }) => repositories.loadSettingsRecord(db)),
		saveSettings: (values: Record<string, unknown>, saveOptions: SaveSettingsOptions) =>
			run<SettingsRecord>(({ db, repositories }) => repositories.saveSettingsRecord(db, values, saveOptions)),
		readShare: (id: string) =>
			run<PendingShare | undefined>(({ db, repositories }) => repositories.getPendingShare(db, id)),
		deleteShare: (id: string) => run<void>(({ db, repositories }) => repositories.deletePendingShare(db, id)),
		/** The reader's pronunciation rules, for one primary language or all. */
		listPronunciations: (lang?: string) =>
			run<PronunciationRecord[]>(({ db, repositories }) => repositories.listPronunciations(db, lang)),
		savePronunciations: (records: readonly PronunciationRecord[]) =>
			run<number>(({ db, repositories }) => repositories.savePronunciations(db, records)),
		deletePronunciation: (id: string) =>
			run<void>(({ db, repositories }) => repositories.deletePronunciation(db, id)),
		/** The listening queue, kept across reloads; "Listen to all unread" appends in one transaction. */
		loadQueue: () => run<ListeningQueue>(({ db, repositories }) => repositories.loadQueue(db)),
		/** The queue with the title of each article in it; deleted articles left out. */
		loadQueuedArticles: () =>
			run<{ queue: ListeningQueue; articles: QueuedArticle[] }>(({ db, repositories }) =>
				repositories.loadQueuedArticles(db)
			),
		saveQueue: (queue: ListeningQueue) =>
			run<ListeningQueue>(({ db, repositories }) => repositories.saveQueue(db, queue)),
		queueAllUnread: () => run<ListeningQueue>(({ db, repositories }) => repositories.queueAllUnread(db)),
		/** Asks the browser to keep Lectern's data when space runs low; false when it would not. */
		requestPersistence: () =>
			run<boolean>(async ({ repositories }) => ({
				ok: true,
				value: await repositories.requestPersistence()
			})),
		/** Space used and available, formatted for reading (null when the browser does not say); after the open. */
		async usage(): Promise<{ used: string; quota: string } | null> {
			await connect();
			const { formatBytes, storageEstimate } = await import('./repositories');
			const estimate: StorageUsage | null = await storageEstimate();
			return estimate ? { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) } : null;
		}
	};
}

export type Storage = ReturnType<typeof createStorage>;

const storage = createStorage();

export const {
	onStorageNotice,
	saveEmbeddedArticle,
	addArticles,
	openArticle,
	markOpened,
	setArticleLanguage,
	listArticles,
	countArticles,
	deleteArticle,
	restoreArticle,
	readProgress,
	readProgressFor,
	updateProgress,
	loadSettings,
	saveSettings,
	readShare,
	deleteShare,
	requestPersistence,
	usage,
	listPronunciations,
	savePronunciations,
	deletePronunciation,
	loadQueue,
	loadQueuedArticles,
	saveQueue,
	queueAllUnread
} = storage;
