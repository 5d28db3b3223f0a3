import { describe, expect, it } from 'vitest';
import { listArticles } from './articles';
import { openLecternDbAtVersion } from './db';
import { getProgress } from './progress';
import { MIGRATIONS, type LegacyArticleRecord } from './migrations';
import { DB_VERSION, type ArticleRecord, type LecternDb, type ProgressRecord } from './schema';
import { withLibraryKeys } from './library-keys';
import { loadSettingsRecord } from './settings-store';
import { countWords, sourceRevision } from './source-text';
import {
	expectOk,
	freshIndexedDB,
	makeLegacyArticleRecord,
	makeProgressRecord,
	makeSettingsRecord,
	openTestDb,
	openTestDbAtVersion,
	untyped
} from '$lib/testing/storage-factory';

const EARLIER_VERSIONS = MIGRATIONS.map((step) => step.version).filter((version) => version < DB_VERSION);

interface Seeded {
	articles: LegacyArticleRecord[];
	progress: ProgressRecord[];
}

/** Fills a database at `version` with records in that version's shape. */
async function seed(db: LecternDb, version: number): Promise<Seeded> {
	const articles = [
		makeLegacyArticleRecord({ title: 'Bees', source: 'Bees\n\nThey  dance\tto talk.', updatedAt: 30 }),
		makeLegacyArticleRecord({ title: 'Apples', source: '', updatedAt: 10, openedAt: 500 }),
		makeLegacyArticleRecord({
			title: 'Canals',
			source: 'Canals of the north.',
			updatedAt: 20,
			openedAt: 900
		}),
		makeLegacyArticleRecord({ sourceKind: 'embedded', title: 'Dunes', source: 'Dunes move.', updatedAt: 40 })
	];
	const raw = untyped(db);
	// Version 3 already held wordCount and sourceRevision; only the sort keys are new in 4
	// Version 4 added the sort keys; a record stored at 4 or later already has them
	for (const article of articles)
		await raw.put(
			'articles',
			version >= 4 ? upgraded(article) : version >= 3 ? withCounts(article) : article
		);
	await raw.put('settings', makeSettingsRecord());
	const progress =
		version >= 2 ? articles.slice(0, 2).map((a) => makeProgressRecord({ articleId: a.id })) : [];
	for (const position of progress) await raw.put('progress', position);
	return { articles, progress };
}

function withCounts(legacy: LegacyArticleRecord): LegacyArticleRecord {
	const record: LegacyArticleRecord = { ...legacy, wordCount: countWords(legacy.source) };
	if (legacy.sourceKind === 'embedded') record.sourceRevision = sourceRevision(legacy.source);
	return record;
}

function upgraded(legacy: LegacyArticleRecord): ArticleRecord {
	const { wordCount = 0, ...rest } = withCounts(legacy);
	return withLibraryKeys({ ...rest, wordCount });
}

async function expectUpgradedData(db: LecternDb, { articles, progress }: Seeded) {
	const byTitle = expectOk(await listArticles(db, { sort: 'title' }));
	expect(byTitle).toEqual(articles.map(upgraded).sort((a, b) => a.title.localeCompare(b.title)));
	expect(byTitle.map((a) => a.wordCount)).toEqual([0, 5, 4, 2]);
	const byOpened = expectOk(await listArticles(db, { sort: 'opened' }));
	expect(byOpened.map((a) => a.title)).toEqual(['Canals', 'Apples']);
	const byUpdated = expectOk(await listArticles(db, { sort: 'updated' }));
	expect(byUpdated.map((a) => a.title)).toEqual(['Dunes', 'Bees', 'Canals', 'Apples']);
	// Opened ones by when they were opened, the rest by when they were added (made later than any opening)
	const byRecent = expectOk(await listArticles(db, { sort: 'recent' }));
	expect(byRecent.map((a) => a.title)).toEqual(['Dunes', 'Bees', 'Canals', 'Apples']);
	expect(byRecent.map((a) => a.recentAt)).toEqual(byRecent.map((a) => a.openedAt ?? a.createdAt));
	for (const position of progress) {
		expect(expectOk(await getProgress(db, position.articleId))).toEqual(position);
	}
	expect(expectOk(await loadSettingsRecord(db))).toEqual(makeSettingsRecord());
	// Version 5's store starts empty and takes a rule at once
	const rule = {
		id: 'r1',
		lang: 'en',
		match: 'Gaza',
		say: 'GAH-zuh',
		pattern: false,
		caseSensitive: false,
		updatedAt: 1
	};
	await db.put('pronunciations', rule);
	expect(await db.getAllFromIndex('pronunciations', 'by-lang', 'en')).toEqual([rule]);
}

describe('migrations', () => {
	it('lists one step per version, in order, ending at the current version', () => {
		expect(MIGRATIONS.map((step) => step.version)).toEqual(
			Array.from({ length: DB_VERSION }, (_, i) => i + 1)
		);
		expect(MIGRATIONS.every((step) => step.description.length > 0)).toBe(true);
	});

	it('creates every store and index on a fresh install', async () => {
		const db = await openTestDb();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([
			'articles',
			'meta',
			'progress',
			'pronunciations',
			'settings',
			'shares'
		]);
		const tx = db.transaction(['articles', 'meta', 'progress', 'settings', 'shares']);
		const articles = tx.objectStore('articles');
		expect(articles.keyPath).toBe('id');
		expect([...articles.indexNames].sort()).toEqual([
			'by-opened',
			'by-recent',
			'by-sort-title',
			'by-title',
			'by-updated'
		]);
		expect(articles.index('by-opened').keyPath).toBe('openedAt');
		expect(articles.index('by-title').keyPath).toBe('title');
		expect(articles.index('by-updated').keyPath).toBe('updatedAt');
		expect(articles.index('by-recent').keyPath).toBe('recentAt');
		expect(articles.index('by-sort-title').keyPath).toBe('sortTitle');
		expect(tx.objectStore('shares').keyPath).toBe('id');
		expect(tx.objectStore('progress').keyPath).toBe('articleId');
		expect(tx.objectStore('settings').keyPath).toBe('id');
		await tx.done;
		const rules = db.transaction('pronunciations').store;
		expect(rules.keyPath).toBe('id');
		expect(rules.index('by-lang').keyPath).toBe('lang');
		db.close();
	});

	it.each(EARLIER_VERSIONS)(
		'keeps every record from version %i and fills in wordCount, sourceRevision and the new indexes',
		async (oldVersion) => {
			const indexedDB = freshIndexedDB();
			const old = await openTestDbAtVersion(oldVersion, indexedDB);
			expect(old.version).toBe(oldVersion);
			const seeded = await seed(old, oldVersion);
			old.close();

			const db = await openTestDb(indexedDB);
			expect(db.version).toBe(DB_VERSION);
			await expectUpgradedData(db, seeded);
			db.close();
		}
	);

	it('reaches the same records upgrading one version at a time as all at once', async () => {
		const indexedDB = freshIndexedDB();
		const first = await openTestDbAtVersion(1, indexedDB);
		const seeded = await seed(first, 1);
		first.close();
		for (let version = 2; version <= DB_VERSION; version += 1) {
			(await openTestDbAtVersion(version, indexedDB)).close();
		}
		const db = await openTestDb(indexedDB);
		await expectUpgradedData(db, seeded);
		db.close();
	});

	it('rolls a failed upgrade back, leaving the old version and its data intact', async () => {
		const indexedDB = freshIndexedDB();
		const old = await openTestDbAtVersion(DB_VERSION - 1, indexedDB);
		const seeded = await seed(old, DB_VERSION - 1);
		old.close();

		const broken = [
			...MIGRATIONS.slice(0, -1),
			{
				version: DB_VERSION,
				description: 'a step that fails half way',
				migrate: () => {
					throw new Error('migration bug');
				}
			}
		];
		const result = await openLecternDbAtVersion(DB_VERSION, broken, { indexedDB });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.kind).toBe('failed');

		const reopened = await openTestDbAtVersion(DB_VERSION - 1, indexedDB);
		const stored: unknown[] = await untyped(reopened).getAll('articles');
		const asSeeded = DB_VERSION - 1 >= 4 ? upgraded : withCounts;
		expect(stored).toEqual(expect.arrayContaining(seeded.articles.map(asSeeded)));
		expect(stored).toHaveLength(seeded.articles.length);
		reopened.close();
	});
});
