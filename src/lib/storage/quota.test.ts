import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteArticle, getArticle, listArticles, restoreArticle, saveArticle } from './articles';
import { STORAGE_MESSAGES } from './errors';
import { getProgress, saveProgress } from './progress';
import type { ArticleRecord, LecternDb } from './schema';
import { expectOk, makeArticleRecord, makeProgressRecord, openTestDb } from '$lib/testing/storage-factory';

const realPut = IDBObjectStore.prototype.put;

/** fake-indexeddb never runs out of space, so make `put` on the named stores fail as a full disk would. */
function runOutOfSpaceIn(...storeNames: string[]) {
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
		this: IDBObjectStore,
		...args: Parameters<IDBObjectStore['put']>
	) {
		if (storeNames.includes(this.name))
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return realPut.apply(this, args);
	});
}

const quotaFailure = {
	ok: false,
	error: expect.objectContaining({ kind: 'quota', message: STORAGE_MESSAGES.quota })
};

let db: LecternDb;
let saved: ArticleRecord[];

beforeEach(async () => {
	db = await openTestDb();
	saved = [makeArticleRecord(), makeArticleRecord(), makeArticleRecord()];
	for (const record of saved) expectOk(await saveArticle(db, record));
});

afterEach(() => {
	vi.restoreAllMocks();
	db.close();
});

describe('running out of storage space', () => {
	it('says so in words and leaves every saved article as it was', async () => {
		runOutOfSpaceIn('articles');
		const [first] = saved;
		if (first === undefined) throw new Error('No article was saved');

		const result = await saveArticle(db, {
			...first,
			title: 'An edit that does not fit',
			source: 'x'.repeat(1000)
		});
		const added = await saveArticle(db, makeArticleRecord());

		expect(result).toEqual(quotaFailure);
		expect(added).toEqual(quotaFailure);
		vi.restoreAllMocks();
		expect(expectOk(await listArticles(db, { sort: 'updated' }))).toEqual([...saved].reverse());
	});

	it('restores nothing when an undo runs out of space half way', async () => {
		const [article] = saved;
		if (article === undefined) throw new Error('No article was saved');
		expectOk(await saveProgress(db, makeProgressRecord({ articleId: article.id })));
		const deleted = expectOk(await deleteArticle(db, article.id));
		if (deleted === undefined) throw new Error('Nothing was deleted');
		runOutOfSpaceIn('progress');

		expect(await restoreArticle(db, deleted)).toEqual(quotaFailure);

		vi.restoreAllMocks();
		expect(expectOk(await getArticle(db, article.id))).toBeUndefined();
		expect(expectOk(await getProgress(db, article.id))).toBeUndefined();
	});
});
