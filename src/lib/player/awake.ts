// The player awake: what is read aloud (cut in a worker), the controller built over the page, and the
// session's reactions started. This is most of read-aloud's code; the page loads it on the reader's first sign
// of wanting to listen (lazy-player.svelte.ts), never with the page.
import type { Article } from '$lib/article/types';
import { Follower, Highlighter } from '$lib/highlight';
import { connectPronunciation } from '$lib/pronunciation/connect';
import { readMirror } from '$lib/settings/apply';
import { DEFAULT_SETTINGS } from '$lib/settings/model';
import { appMessages } from '$lib/status/messages.svelte';
import { createBrowserEngine } from '$lib/speech/browser-engine';
import { loadCueWords } from '$lib/speech/load-cue-words';
import { speechItemsOffThread } from '$lib/speech/speech-items-off-thread';
import { loadVoiceKnowledge } from '$lib/speech/voice-data';
import { pageMemory, pagePlatform, pageQueue, pageSurface } from './page-bindings';
import { ReadAloudController } from './read-aloud.svelte';
import { loadVoiceChoice } from './voice-choice';

export interface AwakePlayer {
	controller: ReadAloudController;
	follower: Follower;
	highlighter: Highlighter;
	/** Ends the session: speech, highlight, lock screen and listeners. */
	dispose(): void;
}

/** How long a press waits for the saved place and the rules before it plays without them. */
const STORAGE_WAIT_MS = 1500;

/** What to announce besides the text: the reader's setting, as applied before the first paint. */
function announceSetting() {
	return readMirror()?.settings.announce ?? DEFAULT_SETTINGS.announce;
}

export async function wakePlayer(article: Article, root: HTMLElement): Promise<AwakePlayer> {
	// What ranks the voices is fetched while the article is cut, not after: a press is waiting.
	void loadVoiceKnowledge(article.lang);
	const announce = announceSetting();
	const items = await speechItemsOffThread(article, {
		announce,
		// Cues are a help, never a condition: without their words the reading has the pauses alone.
		cueWords: announce === 'text' ? null : await loadCueWords(article.lang).catch(() => null),
		// Promos are read only when the reader asked to hear everything.
		includeAsides: announce === 'everything'
	});
	const highlighter = new Highlighter(root);
	const follower = new Follower();
	const platform = pagePlatform(article.title, () => controller.pause());
	const controller: ReadAloudController = new ReadAloudController({
		lang: article.lang,
		title: article.title,
		items,
		engine: createBrowserEngine(),
		surface: pageSurface(root, highlighter, follower),
		platform,
		memory: pageMemory(article),
		preferredVoice: loadVoiceChoice(article.lang),
		onNotice: (message) => appMessages.say(message),
		queue: pageQueue(article)
	});
	const narrator = controller.narrator;
	// Waking is the sign of wanting to listen: the voices are read now, before the first word needs them.
	narrator.loadVoices();
	const stopSession = controller.start();
	// The reader's pronunciation rules for this language, kept current; what is spoken changes, never what is
	// shown.
	const pronunciation = connectPronunciation({
		lang: article.lang,
		setLexicon: (lexicon) => narrator.setLexicon(lexicon),
		say: (text, lang) => narrator.tryPronunciation(text, lang)
	});
	const stopFollowing = follower.start();
	const onPageHide = () => controller.stop();
	const onVisibility = () => controller.visibilityChanged(document.hidden);
	addEventListener('pagehide', onPageHide);
	document.addEventListener('visibilitychange', onVisibility);
	const dispose = () => {
		stopSession();
		pronunciation.stop();
		stopFollowing();
		removeEventListener('pagehide', onPageHide);
		document.removeEventListener('visibilitychange', onVisibility);
		platform.dispose();
		highlighter.dispose();
	};
	// A press that woke the player continues from the saved place, and says its first word as the reader's
	// rules say: wait for both to be read, but not on storage that does not answer (an upgrade blocked by
	// another tab): then the press plays from where the reader is, without the rules until they come.
	try {
		await Promise.race([
			Promise.all([controller.started, pronunciation.ready]),
			new Promise((resolve) => setTimeout(resolve, STORAGE_WAIT_MS))
		]);
	} catch (error) {
		dispose();
		throw error;
	}
	return { controller, follower, highlighter, dispose };
}
