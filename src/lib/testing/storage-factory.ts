// idb's wrap() recognises IDB objects by the global classes, so tests need fake-indexeddb's globals too
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openLecternDb, openLecternDbAtVersion } from '$lib/storage/db';
import type { EmbeddedArticle } from '$lib/storage/embedded-article';
import type { StorageResult } from '$lib/storage/errors';
import { withLibraryKeys } from '$lib/storage/library-keys';
import { MIGRATIONS, type LegacyArticleRecord } from '$lib/storage/migrations';
import type { ArticleRecord, LecternDb, ProgressRecord, SettingsRecord } from '$lib/storage/schema';

let sequence = 0;

/** A fresh, empty IndexedDB per test, so no test sees another's data or open connections. */
export function freshIndexedDB(): IDBFactory {
	return new IDBFactory();
}

/** The value of a result that must have succeeded; throws with the user-facing message otherwise. */
export function expectOk<T>(result: StorageResult<T>): T {
	if (!result.ok) throw new Error(`Expected success, got ${result.error.kind}: ${result.error.message}`);
	return result.value;
}

export async function openTestDb(indexedDB: IDBFactory = freshIndexedDB()): Promise<LecternDb> {
	return expectOk(await openLecternDb({ indexedDB }));
}

/** Opens at an old schema version by running only the migrations up to it. */
export async function openTestDbAtVersion(version: number, indexedDB: IDBFactory): Promise<LecternDb> {
	return expectOk(await openLecternDbAtVersion(version, MIGRATIONS, { indexedDB }));
}

/** Old versions hold shapes the current schema type forbids, so seed them through an untyped handle. */
export function untyped(db: LecternDb): IDBPDatabase {
	return db as unknown as IDBPDatabase;
}

export function makeArticleRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
	sequence += 1;
	return withLibraryKeys({
		id: `article-${sequence}`,
		title: `Article ${sequence}`,
		lang: 'en-GB',
		dir: 'ltr',
		source: `Article ${sequence}\n\nThe first paragraph has seven words here.`,
		sourceKind: 'text',
		createdAt: 1_700_000_000_000 + sequence,
		updatedAt: 1_700_000_000_000 + sequence,
		wordCount: 9,
		...overrides
	});
}

/** An article as versions 1 and 2 stored it: no wordCount, no sourceRevision. */
export function makeLegacyArticleRecord(overrides: Partial<LegacyArticleRecord> = {}): LegacyArticleRecord {
	const legacy: LegacyArticleRecord = makeArticleRecord();
	delete legacy.recentAt;
	delete legacy.sortTitle;
	delete legacy.wordCount;
	delete legacy.sourceRevision;
	return { ...legacy, ...overrides };
}

export function makeProgressRecord(overrides: Partial<ProgressRecord> = {}): ProgressRecord {
	return {
		articleId: 'article-1',
		block: 2,
		sentence: 1,
		quote: 'The first paragraph has seven words here',
		updatedAt: 1_700_000_100_000,
		...overrides
	};
}

export function makeSettingsRecord(overrides: Partial<SettingsRecord> = {}): SettingsRecord {
	return {
		id: 'reading',
		version: 1,
		values: { rate: 1.2, voice: 'Daniel', highlight: 'sentence' },
		updatedAt: 1_700_000_200_000,
		...overrides
	};
}

export function makeEmbeddedArticle(overrides: Partial<EmbeddedArticle> = {}): EmbeddedArticle {
	return {
		id: 'rafah-crossing',
		title: 'Rafah crossing reopens',
		lang: 'en-GB',
		dir: 'ltr',
		source: 'Rafah crossing reopens\n\nThe crossing opened at dawn.',
		wordCount: 8,
		blockCount: 1,
		...overrides
	};
}
