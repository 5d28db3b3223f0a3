// Storage's notices about its connection (off in this window, taken over by a newer tab, lost) shown in the
// app's status region. Every page that uses storage calls this; it subscribes once.
import { onStorageNotice } from '$lib/storage';
import { appMessages } from './messages.svelte';

let reporting = false;

export function reportStorageNotices(): void {
	if (reporting) return;
	reporting = true;
	onStorageNotice((notice) => appMessages.say(notice.message, notice.reload ? 'reload' : null));
}
