import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternDb } from './schema';
import { loadSettingsRecord, saveSettingsRecord } from './settings-store';
import { expectOk, makeSettingsRecord, openTestDb } from '$lib/testing/storage-factory';

let db: LecternDb;

beforeEach(async () => {
	db = await openTestDb();
});

afterEach(() => {
	db.close();
});

describe('settings record', () => {
	it('loads nothing before the reader has changed a setting', async () => {
		expect(expectOk(await loadSettingsRecord(db))).toBeUndefined();
	});

	it('loads back the values and version that were saved', async () => {
		const expected = makeSettingsRecord({ version: 2, updatedAt: 42 });

		const saved = expectOk(await saveSettingsRecord(db, expected.values, { version: 2, now: 42 }));

		expect(saved).toEqual(expected);
		expect(expectOk(await loadSettingsRecord(db))).toEqual(expected);
	});

	it('keeps a single record, replacing it on every save', async () => {
		expectOk(await saveSettingsRecord(db, { rate: 1 }, { now: 1 }));
		expectOk(await saveSettingsRecord(db, { rate: 1.5 }, { now: 2 }));

		expect(expectOk(await loadSettingsRecord(db))).toEqual({
			id: 'reading',
			version: 1,
			values: { rate: 1.5 },
			updatedAt: 2
		});
		expect(await db.count('settings')).toBe(1);
	});
});
