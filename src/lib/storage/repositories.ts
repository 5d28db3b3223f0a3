// Storage internals: every repository function over an open connection. The app goes through the facade in
// index.ts, which loads this module after the page has loaded and opens the database once.
export { DB_NAME, DB_VERSION, SETTINGS_ID } from './schema';
export type {
	ArticleInput,
	ArticleRecord,
	LecternDb,
	LecternSchema,
	PendingShare,
	ProgressRecord,
	PronunciationRecord,
	SettingsRecord,
	SourceKind
} from './schema';
export { MIGRATIONS } from './migrations';
export type { Migration } from './migrations';
export { openLecternDb } from './db';
export type { OpenLecternDbOptions } from './db';
export { STORAGE_MESSAGES, toStorageError } from './errors';
export type { StorageError, StorageErrorKind, StorageResult } from './errors';
export {
	addArticles,
	countArticles,
	deleteArticle,
	getArticle,
	getProgressFor,
	listArticles,
	markOpened,
	restoreArticle,
	saveArticle,
	setArticleLanguage
} from './articles';
export { sortTitle, withLibraryKeys } from './library-keys';
export type { ArticleSort, DeletedArticle, ListArticlesOptions } from './articles';
export { ensureEmbeddedArticle } from './embedded-article';
export type { EmbeddedArticle, EnsureOutcome } from './embedded-article';
export { getProgress, saveProgress, updateProgress } from './progress';
export { loadSettingsRecord, saveSettingsRecord } from './settings-store';
export type { SaveSettingsOptions } from './settings-store';
export { formatBytes, requestPersistence, storageEstimate } from './persistence';
export type { StorageManagerLike, StorageUsage } from './persistence';
export { countWords, sourceRevision } from './source-text';
export { deletePendingShare, getPendingShare, savePendingShare } from './shares';
export { deletePronunciation, listPronunciations, savePronunciations } from './pronunciations';
export { loadQueue, loadQueuedArticles, queueAllUnread, saveQueue } from './queue';
export type { QueuedArticle } from './queue';
