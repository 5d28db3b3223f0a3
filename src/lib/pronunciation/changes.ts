// Word between the pronunciation list and the page's player, which must not import each other's code:
// - rules changed: the player reads them again, so the next sentence is said the new way. This also reaches
//   the other tabs of Lectern (a BroadcastChannel): a rule added on the Settings page in one tab is heard from
//   the next sentence in a reader playing in another.
// - a pronunciation tried aloud: the page's player, if there is one, says it as the reading would, after
//   pausing the reading. Only in its own tab: a player elsewhere goes on.

const CHANNEL = 'lectern-pronunciation';

/** What hears a change; a promise it returns settles once the change is in use. */
type RulesListener = () => void | Promise<void>;

const listeners = new Set<RulesListener>();
let channel: BroadcastChannel | null = null;
let speaker: ((text: string, lang: string) => void) | null = null;

function tell(): Promise<void> {
	// A listener that fails does not make the change fail: it was saved.
	return Promise.allSettled([...listeners].map(async (listener) => listener())).then(() => undefined);
}

/** The channel to the other tabs, opened with the first listener or the first change (null where unsupported). */
function otherTabs(): BroadcastChannel | null {
	if (channel || typeof BroadcastChannel === 'undefined') return channel;
	channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = ({ data }: MessageEvent<unknown>) => {
		if (data === 'changed') void tell();
	};
	return channel;
}

/** Calls `listener` whenever the rules change, here or in another tab; returns how to stop. */
export function onRulesChanged(listener: RulesListener): () => void {
	otherTabs();
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * The rules were saved or deleted: this tab's listeners hear it at once, the other tabs' a moment later.
 * Settles once this tab's listeners use the new rules (a player has read them again), so "Saved" is said
 * only when the next sentence will be heard the new way.
 */
export function rulesChanged(): Promise<void> {
	otherTabs()?.postMessage('changed');
	return tell();
}

/** The page's player says pronunciations being tried; returns how to stop. */
export function sayTriesWith(say: (text: string, lang: string) => void): () => void {
	speaker = say;
	return () => {
		if (speaker === say) speaker = null;
	};
}

/** Says a pronunciation being tried through the page's player; false when the page has none. */
export function sayThroughPlayer(text: string, lang: string): boolean {
	if (!speaker) return false;
	speaker(text, lang);
	return true;
}
