import type { StorageResult } from './errors';
import { SETTINGS_ID, type LecternDb, type SettingsRecord } from './schema';
import { withTransaction } from './transaction';

export interface SaveSettingsOptions {
	/** Version of the `values` shape, owned by the settings module. */
	version?: number;
	now?: number;
}

/** The stored reading settings, unvalidated: the settings module checks `values` before using them. */
export function loadSettingsRecord(db: LecternDb): Promise<StorageResult<SettingsRecord | undefined>> {
	return withTransaction(db, ['settings'], 'readonly', (tx) => tx.objectStore('settings').get(SETTINGS_ID));
}

export function saveSettingsRecord(
	db: LecternDb,
	values: Record<string, unknown>,
	{ version = 1, now = Date.now() }: SaveSettingsOptions = {}
): Promise<StorageResult<SettingsRecord>> {
	const record: SettingsRecord = { id: SETTINGS_ID, version, values, updatedAt: now };
	return withTransaction(db, ['settings'], 'readwrite', async (tx) => {
		await tx.objectStore('settings').put(record);
		return record;
	});
}
