import { describe, expect, it } from 'vitest';
import { deletePronunciation, listPronunciations, savePronunciations } from './pronunciations';
import type { PronunciationRecord } from './schema';
import { expectOk, openTestDb } from '$lib/testing/storage-factory';

const rule = (id: string, lang: string, updatedAt: number): PronunciationRecord => ({
	id,
	lang,
	match: `word ${id}`,
	say: `said ${id}`,
	pattern: false,
	caseSensitive: false,
	updatedAt
});

describe('pronunciation rules in IndexedDB', () => {
	it('keeps rules per language, oldest first, and forgets a deleted one', async () => {
		const db = await openTestDb();
		expectOk(await savePronunciations(db, [rule('b', 'en', 2), rule('a', 'en', 1), rule('c', 'fr', 3)]));
		expect(expectOk(await listPronunciations(db, 'en')).map((r) => r.id)).toEqual(['a', 'b']);
		expect(expectOk(await listPronunciations(db)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expectOk(await savePronunciations(db, [{ ...rule('a', 'en', 4), say: 'changed' }]));
		expectOk(await deletePronunciation(db, 'b'));
		expect(expectOk(await listPronunciations(db, 'en'))).toEqual([{ ...rule('a', 'en', 4), say: 'changed' }]);
		db.close();
	});
});
