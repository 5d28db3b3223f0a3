import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
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
import { deletePendingShare, getPendingShare, savePendingShare } from './shares';
import { getProgress, saveProgress } from './progress';
import type { ArticleRecord, LecternDb } from './schema';
import { expectOk, makeArticleRecord, makeProgressRecord, openTestDb } from '$lib/testing/storage-factory';

let db: LecternDb;

beforeEach(async () => {
	db = await openTestDb();
});

afterEach(() => {
	db.close();
});

async function saveAll(records: ArticleRecord[]) {
	for (const record of records) expectOk(await saveArticle(db, record));
}

/** An article's fields as an import hands them to addArticles, which picks the id. */
function withoutId(record: ArticleRecord): Omit<ArticleRecord, 'id'> {
	const fields: Partial<ArticleRecord> = { ...record };
	delete fields.id;
	return fields as Omit<ArticleRecord, 'id'>;
}

async function titles(options: Parameters<typeof listArticles>[1]) {
	return expectOk(await listArticles(db, options)).map((article) => article.title);
}

describe('saving and reading articles', () => {
	it('reads back exactly what was saved', async () => {
		const record = makeArticleRecord({ openedAt: 5, sourceKind: 'markdown' });

		expect(await saveArticle(db, record)).toEqual({ ok: true, value: undefined });

		expect(expectOk(await getArticle(db, record.id))).toEqual(record);
	});

	it('finds nothing for an id that was never saved', async () => {
		expect(expectOk(await getArticle(db, 'missing'))).toBeUndefined();
	});

	it('replaces an article saved again with the same id', async () => {
		const record = makeArticleRecord();
		await saveAll([record, { ...record, title: 'Renamed' }]);

		expect(await titles({ sort: 'title' })).toEqual(['Renamed']);
	});
});

describe('listing articles', () => {
	beforeEach(async () => {
		await saveAll([
			makeArticleRecord({ title: 'Canals', updatedAt: 300, openedAt: 20 }),
			makeArticleRecord({ title: 'Apples', updatedAt: 500 }),
			makeArticleRecord({ title: 'Erosion', updatedAt: 100, openedAt: 40 }),
			makeArticleRecord({ title: 'Bees', updatedAt: 200, openedAt: 30 }),
			makeArticleRecord({ title: 'Dunes', updatedAt: 400 })
		]);
	});

	it('puts the most recently updated first, a page at a time', async () => {
		expect(await titles({ sort: 'updated' })).toEqual(['Apples', 'Dunes', 'Canals', 'Bees', 'Erosion']);
		expect(await titles({ sort: 'updated', limit: 2 })).toEqual(['Apples', 'Dunes']);
		expect(await titles({ sort: 'updated', limit: 2, offset: 2 })).toEqual(['Canals', 'Bees']);
		expect(await titles({ sort: 'updated', limit: 2, offset: 4 })).toEqual(['Erosion']);
		expect(await titles({ sort: 'updated', offset: 9 })).toEqual([]);
	});

	it('sorts by title from A to Z, a page at a time', async () => {
		expect(await titles({ sort: 'title' })).toEqual(['Apples', 'Bees', 'Canals', 'Dunes', 'Erosion']);
		expect(await titles({ sort: 'title', limit: 3, offset: 1 })).toEqual(['Bees', 'Canals', 'Dunes']);
	});

	it('lists opened articles, most recently opened first, leaving out those never opened', async () => {
		expect(await titles({ sort: 'opened' })).toEqual(['Erosion', 'Bees', 'Canals']);
		expect(await titles({ sort: 'opened', limit: 1, offset: 1 })).toEqual(['Bees']);
	});

	it('returns an empty page for a limit of zero', async () => {
		expect(await titles({ sort: 'title', limit: 0 })).toEqual([]);
	});

	it('moves an article to the top of the opened list when it is opened', async () => {
		const [dunes] = expectOk(await listArticles(db, { sort: 'updated', offset: 1, limit: 1 }));
		if (dunes === undefined) throw new Error('Dunes is missing');

		expect(expectOk(await markOpened(db, dunes.id, 50))).toBe(true);

		expect(await titles({ sort: 'opened' })).toEqual(['Dunes', 'Erosion', 'Bees', 'Canals']);
		expect(expectOk(await getArticle(db, dunes.id))).toEqual({ ...dunes, openedAt: 50, recentAt: 50 });
	});

	it('reports that a deleted article could not be marked as opened', async () => {
		expect(expectOk(await markOpened(db, 'missing', 50))).toBe(false);
	});
});

describe('deleting and undoing', () => {
	it('removes the reading position with the article, and undo brings both back', async () => {
		const article = makeArticleRecord();
		const progress = makeProgressRecord({ articleId: article.id });
		await saveAll([article]);
		expectOk(await saveProgress(db, progress));

		const deleted = expectOk(await deleteArticle(db, article.id));

		expect(deleted).toEqual({ article, progress });
		expect(expectOk(await getArticle(db, article.id))).toBeUndefined();
		expect(expectOk(await getProgress(db, article.id))).toBeUndefined();

		if (deleted === undefined) throw new Error('Nothing was deleted');
		expectOk(await restoreArticle(db, deleted));

		expect(expectOk(await getArticle(db, article.id))).toEqual(article);
		expect(expectOk(await getProgress(db, article.id))).toEqual(progress);
	});

	it('restores an article that had no reading position without inventing one', async () => {
		const article = makeArticleRecord();
		await saveAll([article]);

		const deleted = expectOk(await deleteArticle(db, article.id));
		expect(deleted).toEqual({ article });
		if (deleted === undefined) throw new Error('Nothing was deleted');
		expectOk(await restoreArticle(db, deleted));

		expect(expectOk(await getArticle(db, article.id))).toEqual(article);
		expect(expectOk(await getProgress(db, article.id))).toBeUndefined();
	});

	it('has nothing to undo when the article was already gone', async () => {
		expect(expectOk(await deleteArticle(db, 'missing'))).toBeUndefined();
	});

	it('leaves other articles alone', async () => {
		const keep = makeArticleRecord({ title: 'Keep' });
		const remove = makeArticleRecord({ title: 'Remove' });
		await saveAll([keep, remove]);

		expectOk(await deleteArticle(db, remove.id));

		expect(await titles({ sort: 'title' })).toEqual(['Keep']);
	});
});

describe('the library', () => {
	it('sorts titles ignoring case, accents and leading punctuation', async () => {
		await saveAll([
			makeArticleRecord({ title: 'zebras' }),
			makeArticleRecord({ title: 'Émile and the bees' }),
			makeArticleRecord({ title: '“Apples”, she said' }),
			makeArticleRecord({ title: 'Dunes' })
		]);

		expect(await titles({ sort: 'title' })).toEqual([
			'“Apples”, she said',
			'Dunes',
			'Émile and the bees',
			'zebras'
		]);
	});

	it('lists never-opened articles by when they were added, among the opened ones', async () => {
		await saveAll([
			makeArticleRecord({ title: 'Opened long ago', createdAt: 10, openedAt: 20 }),
			makeArticleRecord({ title: 'Added later', createdAt: 30 }),
			makeArticleRecord({ title: 'Opened just now', createdAt: 5, openedAt: 40 })
		]);

		expect(await titles({ sort: 'recent' })).toEqual(['Opened just now', 'Added later', 'Opened long ago']);
	});

	it('adds a second article with a taken id under the next free one, never replacing the first', async () => {
		const fields = withoutId(makeArticleRecord({ title: 'Same title' }));

		const ids = expectOk(await addArticles(db, [{ baseId: 'same-title', record: fields }]));
		ids.push(
			...expectOk(
				await addArticles(db, [
					{ baseId: 'same-title', record: fields },
					{ baseId: 'same-title', record: fields }
				])
			)
		);

		expect(ids).toEqual(['same-title', 'same-title-2', 'same-title-3']);
		expect(expectOk(await countArticles(db))).toBe(3);
	});

	it('saves none of a batch when one of them cannot be saved', async () => {
		const fields = withoutId(makeArticleRecord({ title: 'Fine' }));
		const broken = { ...fields, title: 'Broken', blocks: [{ kind: 'paragraph', text: 'x', bad: () => 1 }] };

		const result = await addArticles(db, [
			{ baseId: 'fine', record: fields },
			{ baseId: 'broken', record: broken as unknown as typeof fields }
		]);

		expect(result.ok).toBe(false);
		expect(expectOk(await countArticles(db))).toBe(0);
	});

	it('reads the reading positions of a page of articles at once, skipping those never read', async () => {
		const [read, unread] = [makeArticleRecord(), makeArticleRecord()];
		await saveAll([read, unread]);
		expectOk(await saveProgress(db, makeProgressRecord({ articleId: read.id, block: 4 })));

		const positions = expectOk(await getProgressFor(db, [read.id, unread.id]));

		expect([...positions.keys()]).toEqual([read.id]);
		expect(positions.get(read.id)?.block).toBe(4);
	});
});

describe('shares waiting to be imported', () => {
	it('keeps a share until it is deleted', async () => {
		const share = {
			id: 'share-1',
			receivedAt: 5,
			title: 'A page',
			files: [{ name: 'a.txt', type: 'text/plain', bytes: new TextEncoder().encode('Hello').buffer }]
		};
		expectOk(await savePendingShare(db, share));

		expect(expectOk(await getPendingShare(db, 'share-1'))).toEqual(share);
		expectOk(await deletePendingShare(db, 'share-1'));
		expect(expectOk(await getPendingShare(db, 'share-1'))).toBeUndefined();
	});
});

describe("correcting an article's language", () => {
	it('changes its language and direction and nothing else', async () => {
		const record = makeArticleRecord();
		await saveAll([record]);

		expect(expectOk(await setArticleLanguage(db, record.id, 'he', 'rtl', 99))).toBe(true);

		expect(expectOk(await getArticle(db, record.id))).toEqual({
			...record,
			lang: 'he',
			dir: 'rtl',
			updatedAt: 99
		});
		expect(expectOk(await setArticleLanguage(db, 'missing', 'he', 'rtl'))).toBe(false);
	});
});

describe('ids that must not be reused', () => {
	it('never gives an import the embedded article’s id, even after that article was deleted', async () => {
		const fields = withoutId(makeArticleRecord({ title: 'Rafah crossing' }));

		expect(expectOk(await addArticles(db, [{ baseId: 'rafah-crossing', record: fields }]))).toEqual([
			'rafah-crossing-2'
		]);
	});

	it('brings a deleted article back under a new id when another took its id meanwhile', async () => {
		const first = makeArticleRecord({ id: 'foo', title: 'Foo' });
		await saveAll([first]);
		expectOk(await saveProgress(db, makeProgressRecord({ articleId: 'foo', block: 3 })));
		const deleted = expectOk(await deleteArticle(db, 'foo'));
		if (!deleted) throw new Error('nothing was deleted');
		const newer = makeArticleRecord({ id: 'foo', title: 'A newer Foo' });
		await saveAll([newer]);

		expect(expectOk(await restoreArticle(db, deleted))).toBe('foo-2');

		expect(expectOk(await getArticle(db, 'foo'))?.title).toBe('A newer Foo');
		expect(expectOk(await getArticle(db, 'foo-2'))?.title).toBe('Foo');
		expect(expectOk(await getProgress(db, 'foo-2'))?.block).toBe(3);
	});

	it('deletes the share its articles came from in the same transaction', async () => {
		expectOk(await savePendingShare(db, { id: 'share-9', receivedAt: 1, text: 'Hello there', files: [] }));
		const fields = withoutId(makeArticleRecord({ title: 'Hello there' }));

		expectOk(await addArticles(db, [{ baseId: 'hello-there', record: fields }], 'share-9'));

		expect(expectOk(await getPendingShare(db, 'share-9'))).toBeUndefined();
	});
});
