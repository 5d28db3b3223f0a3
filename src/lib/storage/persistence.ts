/** The parts of StorageManager Lectern uses; each may be missing in older browsers. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export interface StorageUsage {
	usage: number;
	quota: number;
}

function browserStorage(): StorageManagerLike | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser not to evict Lectern's data under storage pressure. Calls `persist()` only when not
 * already persisted, since some browsers prompt for it. True when storage is (now) persistent.
 */
export async function requestPersistence(storage = browserStorage()): Promise<boolean> {
	if (!storage?.persisted || !storage.persist) return false;
	try {
		if (await storage.persisted()) return true;
		return await storage.persist();
	} catch (e) {
		// Persistence is a best-effort hint: a refusal or failure means "not persisted", which the caller gets
		console.warn('Lectern could not request persistent storage', e);
		return false;
	}
}

/** How much storage Lectern uses and may use, or null when the browser will not say. */
export async function storageEstimate(storage = browserStorage()): Promise<StorageUsage | null> {
	if (!storage?.estimate) return null;
	try {
		const { usage, quota } = await storage.estimate();
		return usage === undefined || quota === undefined ? null : { usage, quota };
	} catch (e) {
		// An estimate is informational only; the page shows nothing rather than a wrong number
		console.warn('Lectern could not estimate storage use', e);
		return null;
	}
}

const UNITS = ['kB', 'MB', 'GB', 'TB'] as const;

/** Decimal units with one decimal place, as browsers show storage: `formatBytes(1_234_567)` is "1.2 MB". */
export function formatBytes(bytes: number): string {
	const n = Number.isFinite(bytes) && bytes > 0 ? Math.round(bytes) : 0;
	if (n < 1000) return n === 1 ? '1 byte' : `${n} bytes`;
	let value = n;
	let unit: (typeof UNITS)[number] = 'kB';
	for (const next of UNITS) {
		value /= 1000;
		unit = next;
		if (Math.round(value * 10) / 10 < 1000) break;
	}
	return `${Number(value.toFixed(1))} ${unit}`;
}
