// Storage's code, loaded when a page first needs it, with its notices about the connection (off in this
// window, taken over by a newer tab, lost) shown in the app's status region, subscribed once. Code that loads
// storage lazily goes through `loadStorage`, so a failed load is said once and never left unhandled.
import type * as Storage from '$lib/storage';
import { appMessages } from './messages.svelte';

export const STORAGE_CODE_MISSING =
	'Lectern could not load what saves your place and settings on this page (it may have been updated in ' +
	'another tab). Reload to keep saving them; your reading is safe.';

let loading: Promise<typeof Storage | null> | null = null;
let toldMissing = false;

/** Storage's facade, or null when its code cannot load (said once, with a Reload; the next call tries again). */
export function loadStorage(): Promise<typeof Storage | null> {
	loading ??= import('$lib/storage').then(
		(storage) => {
			storage.onStorageNotice((notice) => appMessages.say(notice.message, notice.reload ? 'reload' : null));
			return storage;
		},
		() => {
			loading = null;
			if (!toldMissing) appMessages.say(STORAGE_CODE_MISSING, 'reload');
			toldMissing = true;
			return null;
		}
	);
	return loading;
}
