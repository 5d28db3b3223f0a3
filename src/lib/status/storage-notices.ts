// Storage's notices about its connection (off in this window, taken over by a newer tab, lost) shown in the
// app's status region. Every page that uses storage calls this; it subscribes once (loading storage's code:
// call it where storage is about to be used).
import { appMessages } from './messages.svelte';

let reporting = false;

export function reportStorageNotices(): void {
	if (reporting) return;
	reporting = true;
	void import('$lib/storage').then(({ onStorageNotice }) =>
		onStorageNotice((notice) => appMessages.say(notice.message, notice.reload ? 'reload' : null))
	);
}
