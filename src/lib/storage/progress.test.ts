import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from './articles';
import { getProgress, saveProgress, updateProgress } from './progress';
import type { LecternDb } from './schema';
import { expectOk, makeArticleRecord, makeProgressRecord, openTestDb } from '$lib/testing/storage-factory';

let db: LecternDb;

beforeEach(async () => {
	db = await openTestDb();
});

afterEach(() => {
	db.close();
});

describe('reading progress', () => {
	it('remembers where the reader stopped, replacing the previous position', async () => {
		const article = makeArticleRecord();
		expectOk(await saveArticle(db, article));
		const later = makeProgressRecord({ articleId: article.id, block: 7, sentence: 3, scrollBlock: 6 });

		expect(expectOk(await saveProgress(db, makeProgressRecord({ articleId: article.id })))).toBe(true);
		expect(expectOk(await saveProgress(db, later))).toBe(true);

		expect(expectOk(await getProgress(db, article.id))).toEqual(later);
	});

	it('has no position for an article never read', async () => {
		expect(expectOk(await getProgress(db, 'never-read'))).toBeUndefined();
	});

	it('does not keep a position for an article that no longer exists', async () => {
		const orphan = makeProgressRecord({ articleId: 'deleted-in-another-tab' });

		expect(expectOk(await saveProgress(db, orphan))).toBe(false);

		expect(expectOk(await getProgress(db, orphan.articleId))).toBeUndefined();
	});

	it('merges concurrent changes: the scroll anchor and the spoken place both survive', async () => {
		const article = makeArticleRecord();
		expectOk(await saveArticle(db, article));
		expectOk(await saveProgress(db, makeProgressRecord({ articleId: article.id, block: 1, scrollBlock: 1 })));

		const [scrolled, spoken] = await Promise.all([
			updateProgress(db, article.id, (previous) => ({
				...makeProgressRecord(),
				...previous,
				scrollBlock: 9
			})),
			updateProgress(db, article.id, (previous) => ({
				...makeProgressRecord(),
				...previous,
				block: 12,
				sentence: 2
			}))
		]);

		expect(expectOk(scrolled) && expectOk(spoken)).toBe(true);
		expect(expectOk(await getProgress(db, article.id))).toMatchObject({
			scrollBlock: 9,
			block: 12,
			sentence: 2
		});
	});

	it('updates nothing for an article that no longer exists', async () => {
		const result = await updateProgress(db, 'gone', () => makeProgressRecord({ articleId: 'gone' }));
		expect(expectOk(result)).toBe(false);
		expect(expectOk(await getProgress(db, 'gone'))).toBeUndefined();
	});
});
