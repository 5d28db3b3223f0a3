import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, getArticle, listArticles, markOpened, restoreArticle } from './articles';
import { EMBEDDED_ORIGIN, ensureEmbeddedArticle } from './embedded-article';
import { getProgress, saveProgress } from './progress';
import type { LecternDb } from './schema';
import { sourceRevision } from './source-text';
import {
	expectOk,
	freshIndexedDB,
	makeEmbeddedArticle,
	makeProgressRecord,
	openTestDb
} from '$lib/testing/storage-factory';

let db: LecternDb;

beforeEach(async () => {
	db = await openTestDb();
});

afterEach(() => {
	db.close();
});

describe('ensureEmbeddedArticle', () => {
	it('adds the embedded article once, however often the app starts', async () => {
		const shipped = makeEmbeddedArticle();
		const outcomes = [];
		for (let run = 0; run < 3; run += 1)
			outcomes.push(expectOk(await ensureEmbeddedArticle(db, shipped, 1000 + run)));

		expect(outcomes).toEqual(['added', 'unchanged', 'unchanged']);
		const all = expectOk(await listArticles(db, { sort: 'updated' }));
		expect(all).toEqual([
			{
				...shipped,
				sourceKind: 'embedded',
				sourceRevision: sourceRevision(shipped.source),
				origin: EMBEDDED_ORIGIN,
				createdAt: 1000,
				updatedAt: 1000,
				recentAt: 1000,
				sortTitle: 'rafah crossing reopens'
			}
		]);
	});

	it('stores only the article fields, not whatever else the caller passed', async () => {
		const shipped = { ...makeEmbeddedArticle(), blocks: [{ kind: 'paragraph', text: 'x' }] };

		expectOk(await ensureEmbeddedArticle(db, shipped, 1000));

		expect(expectOk(await getArticle(db, shipped.id))).not.toHaveProperty('blocks');
	});

	it('replaces an older text but keeps the reading position, createdAt and openedAt', async () => {
		const first = makeEmbeddedArticle();
		expectOk(await ensureEmbeddedArticle(db, first, 1000));
		expectOk(await markOpened(db, first.id, 1500));
		const progress = makeProgressRecord({ articleId: first.id });
		expectOk(await saveProgress(db, progress));
		const revised = makeEmbeddedArticle({
			title: 'Rafah crossing reopens again',
			source: 'A corrected text.',
			wordCount: 3
		});

		expect(expectOk(await ensureEmbeddedArticle(db, revised, 2000))).toBe('updated');

		expect(expectOk(await getArticle(db, first.id))).toEqual({
			...revised,
			sourceKind: 'embedded',
			sourceRevision: sourceRevision(revised.source),
			createdAt: 1000,
			openedAt: 1500,
			updatedAt: 2000,
			origin: EMBEDDED_ORIGIN,
			recentAt: 1500,
			sortTitle: 'rafah crossing reopens again'
		});
		expect(expectOk(await getProgress(db, first.id))).toEqual(progress);
		expect(expectOk(await ensureEmbeddedArticle(db, revised, 3000))).toBe('unchanged');
	});

	it('refreshes the stored copy when only the parsed word count changed', async () => {
		expectOk(await ensureEmbeddedArticle(db, makeEmbeddedArticle(), 1000));

		expect(expectOk(await ensureEmbeddedArticle(db, makeEmbeddedArticle({ wordCount: 99 }), 2000))).toBe(
			'updated'
		);
	});

	it('stores one copy when two tabs start at the same moment', async () => {
		const indexedDB = freshIndexedDB();
		const [tabA, tabB] = await Promise.all([openTestDb(indexedDB), openTestDb(indexedDB)]);
		const shipped = makeEmbeddedArticle();

		const outcomes = await Promise.all([
			ensureEmbeddedArticle(tabA, shipped),
			ensureEmbeddedArticle(tabB, shipped)
		]);

		expect(outcomes.map(expectOk).sort()).toEqual(['added', 'unchanged']);
		expect(expectOk(await listArticles(tabA, { sort: 'title' }))).toHaveLength(1);
		tabA.close();
		tabB.close();
	});
});

describe('the embedded article after the reader deletes it', () => {
	it('stays deleted on the next start, and comes back with Undo', async () => {
		const shipped = makeEmbeddedArticle();
		expectOk(await ensureEmbeddedArticle(db, shipped, 1000));

		const deleted = expectOk(await deleteArticle(db, shipped.id));
		expect(expectOk(await ensureEmbeddedArticle(db, shipped, 2000))).toBe('removed');
		expect(expectOk(await getArticle(db, shipped.id))).toBeUndefined();

		if (!deleted) throw new Error('nothing was deleted');
		expectOk(await restoreArticle(db, deleted));
		expectOk(await deleteArticle(db, 'some-other-article'));
		expect(expectOk(await ensureEmbeddedArticle(db, shipped, 3000))).toBe('unchanged');
	});
});
