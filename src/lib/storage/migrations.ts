import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ArticleRecord, LecternSchema } from './schema';
import { withLibraryKeys } from './library-keys';
import { countWords, sourceRevision } from './source-text';

export type UpgradeTransaction = IDBPTransaction<LecternSchema, StoreNames<LecternSchema>[], 'versionchange'>;

export interface Migration {
	/** The schema version this step produces; runs when the stored version is below it. */
	version: number;
	description: string;
	/** Synchronous on purpose: anything but the upgrade transaction's own requests would let it commit early. */
	migrate?: (db: IDBPDatabase<LecternSchema>, tx: UpgradeTransaction, oldVersion: number) => void;
	/** Reshapes one stored article; every step's reshaping runs in order over one cursor (see runMigrations). */
	upgradeArticle?: (article: LegacyArticleRecord) => LegacyArticleRecord;
}

/** An article as versions 1 and 2 stored it (version 3 added wordCount and sourceRevision, 4 the sort keys). */
export type LegacyArticleRecord = Omit<
	ArticleRecord,
	'wordCount' | 'sourceRevision' | 'recentAt' | 'sortTitle'
> & {
	wordCount?: number;
	sourceRevision?: string;
	recentAt?: number;
	sortTitle?: string;
};

function createArticlesAndSettings(db: IDBPDatabase<LecternSchema>) {
	const articles = db.createObjectStore('articles', { keyPath: 'id' });
	articles.createIndex('by-updated', 'updatedAt');
	articles.createIndex('by-title', 'title');
	db.createObjectStore('settings', { keyPath: 'id' });
}

function addProgressAndOpenedIndex(db: IDBPDatabase<LecternSchema>, tx: UpgradeTransaction) {
	db.createObjectStore('progress', { keyPath: 'articleId' });
	tx.objectStore('articles').createIndex('by-opened', 'openedAt');
}

function fillWordCountAndRevision(legacy: LegacyArticleRecord): LegacyArticleRecord {
	const upgraded = { ...legacy, wordCount: legacy.wordCount ?? countWords(legacy.source) };
	if (legacy.sourceKind === 'embedded') upgraded.sourceRevision = sourceRevision(legacy.source);
	return upgraded;
}

function addLibraryIndexesAndShares(db: IDBPDatabase<LecternSchema>, tx: UpgradeTransaction) {
	const articles = tx.objectStore('articles');
	articles.createIndex('by-recent', 'recentAt');
	articles.createIndex('by-sort-title', 'sortTitle');
	db.createObjectStore('shares', { keyPath: 'id' });
	db.createObjectStore('meta', { keyPath: 'id' });
}

/**
 * Walks the articles once, applying each reshaping in version order. One cursor, not one per step: two
 * cursors over the same store would each read a record before the other's write and undo it.
 */
function upgradeArticles(tx: UpgradeTransaction, steps: readonly Migration[]) {
	const reshape = steps.flatMap((step) => (step.upgradeArticle ? [step.upgradeArticle] : []));
	if (reshape.length === 0) return;
	// Raw request callbacks keep every step inside the upgrade transaction without a floating promise
	const request = unwrap(tx).objectStore('articles').openCursor();
	request.addEventListener('success', () => {
		const cursor = request.result;
		if (cursor === null) return;
		cursor.update(reshape.reduce((record, step) => step(record), cursor.value as LegacyArticleRecord));
		cursor.continue();
	});
	// No error listener: a failed request aborts the upgrade, and the open reports it as a StorageError
}

/** Every schema version in order. Append new steps; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		description: 'articles store (by-updated, by-title) and the settings store',
		migrate: (db) => createArticlesAndSettings(db)
	},
	{
		version: 2,
		description: 'progress store, and the by-opened index on articles',
		migrate: (db, tx) => addProgressAndOpenedIndex(db, tx)
	},
	{
		version: 3,
		description: 'wordCount on every article, and sourceRevision on the embedded one',
		upgradeArticle: fillWordCountAndRevision
	},
	{
		version: 4,
		description: 'library sort keys (by-recent, by-sort-title) on articles; the shares and meta stores',
		migrate: (db, tx) => addLibraryIndexesAndShares(db, tx),
		upgradeArticle: (article) => withLibraryKeys({ ...article, wordCount: article.wordCount ?? 0 })
	},
	{
		version: 5,
		description: 'pronunciations store (by-lang): the reader\'s "say this as that" rules',
		migrate: (db) => db.createObjectStore('pronunciations', { keyPath: 'id' }).createIndex('by-lang', 'lang')
	}
];

/** Runs, in order, each step newer than `oldVersion` and no newer than `newVersion`. */
export function runMigrations(
	db: IDBPDatabase<LecternSchema>,
	tx: UpgradeTransaction,
	oldVersion: number,
	newVersion: number,
	migrations: readonly Migration[] = MIGRATIONS
): void {
	const steps = migrations.filter((step) => oldVersion < step.version && step.version <= newVersion);
	for (const step of steps) step.migrate?.(db, tx, oldVersion);
	upgradeArticles(tx, steps);
}
