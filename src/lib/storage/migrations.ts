import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ArticleRecord, LecternSchema } from './schema';
import { countWords, sourceRevision } from './source-text';

export type UpgradeTransaction = IDBPTransaction<LecternSchema, StoreNames<LecternSchema>[], 'versionchange'>;

export interface Migration {
	/** The schema version this step produces; runs when the stored version is below it. */
	version: number;
	description: string;
	/** Synchronous on purpose: anything but the upgrade transaction's own requests would let it commit early. */
	migrate: (db: IDBPDatabase<LecternSchema>, tx: UpgradeTransaction, oldVersion: number) => void;
}

/** An article as versions 1 and 2 stored it. */
export type LegacyArticleRecord = Omit<ArticleRecord, 'wordCount' | 'sourceRevision'> & {
	wordCount?: number;
	sourceRevision?: string;
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

function fillWordCountAndRevision(_db: IDBPDatabase<LecternSchema>, tx: UpgradeTransaction) {
	// Raw request callbacks keep every step inside the upgrade transaction without a floating promise
	const request = unwrap(tx).objectStore('articles').openCursor();
	request.addEventListener('success', () => {
		const cursor = request.result;
		if (cursor === null) return;
		const legacy: LegacyArticleRecord = cursor.value;
		const upgraded: ArticleRecord = { ...legacy, wordCount: legacy.wordCount ?? countWords(legacy.source) };
		if (legacy.sourceKind === 'embedded') upgraded.sourceRevision = sourceRevision(legacy.source);
		cursor.update(upgraded);
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
		migrate: (db, tx) => fillWordCountAndRevision(db, tx)
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
	for (const step of migrations) {
		if (oldVersion < step.version && step.version <= newVersion) step.migrate(db, tx, oldVersion);
	}
}
