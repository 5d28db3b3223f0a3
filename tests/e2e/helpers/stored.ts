import type { Page } from '@playwright/test';

/**
 * One record of Lectern's database, read straight from IndexedDB (undefined when there is none, or no
 * database). Never creates the database: that would race the app's own first open.
 */
export function readStored<T = Record<string, unknown>>(
	page: Page,
	store: string,
	key: string
): Promise<T | undefined> {
	return page.evaluate(
		({ store, key }) =>
			new Promise<T | undefined>((resolve, reject) => {
				const open = indexedDB.open('lectern');
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => (open.error?.name === 'AbortError' ? resolve(undefined) : reject(open.error));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(store)) {
						db.close();
						return resolve(undefined);
					}
					const get = db.transaction(store).objectStore(store).get(key);
					get.onsuccess = () => {
						db.close();
						resolve(get.result as T | undefined);
					};
					get.onerror = () => reject(get.error);
				};
			}),
		{ store, key }
	);
}
