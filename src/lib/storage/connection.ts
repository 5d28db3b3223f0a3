// The page's one connection to Lectern's database, opened after the page has loaded, shared by the reading
// session and the settings. Every failure becomes a sentence in the status region; the reader can still read.
import { afterPageLoad } from '$lib/idle';
import type { LecternDb } from './schema';
import { appMessages } from '$lib/status/messages.svelte';

// Storage code loads after the article is on screen; the first paint needs none of it.
const storage = () => afterPageLoad().then(() => import('./index'));

let connection: Promise<LecternDb | null> | null = null;
/** The page's database connection, opened once; null when storage is off (the reader can still read). */
export function database(): Promise<LecternDb | null> {
	connection ??= storage()
		.then(({ openLecternDb }) =>
			openLecternDb({
				onBlocking: () => {
					// A newer version holds the database now: opening again could only fail (VersionError) and
					// replace this sentence with a vaguer one, so the page saves nothing more until it reloads
					connection = Promise.resolve(null);
					appMessages.say(
						'Lectern was updated in another tab. Reload this tab to keep saving your place.',
						'reload'
					);
				},
				onBlocked: () =>
					appMessages.say(
						'Lectern is updating. Close its other tabs or windows to finish; your reading is safe.'
					),
				onTerminated: () => {
					connection = null;
					appMessages.say(
						'Lectern lost access to its storage on this device. Reload to keep saving your place.',
						'reload'
					);
				}
			})
		)
		.then((opened) => {
			if (opened.ok) return opened.value;
			appMessages.say(
				opened.error.kind === 'unavailable'
					? 'Saving is off in this browser window (private browsing may block it). You can still read.'
					: opened.error.message
			);
			return null;
		});
	return connection;
}
