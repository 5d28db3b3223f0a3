// The reader's sort order, remembered on this device. localStorage, not IndexedDB: it is read before storage
// opens, so the first list already comes in the reader's order.
import { sortFrom, type LibrarySort } from './describe';

export const SORT_KEY = 'lectern-library-sort';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where the browser forbids it (some private windows throw on access). */
function localStore(): KeyValueStore | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		// No remembered sort is a small loss: the default order still works.
		return null;
	}
}

export function readSortChoice(store: KeyValueStore | null = localStore()): LibrarySort {
	return sortFrom(store?.getItem(SORT_KEY));
}

export function saveSortChoice(sort: LibrarySort, store: KeyValueStore | null = localStore()): void {
	try {
		store?.setItem(SORT_KEY, sort);
	} catch {
		// A full or blocked localStorage only means the choice is not remembered next time.
	}
}
