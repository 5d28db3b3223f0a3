import type { Clock } from './clock';
import type { SpeechItem } from './speech-items';
import type { VoiceKnowledge } from './voice-data';
import type { Lexicon } from '$lib/pronunciation/lexicon';
import type { VoiceChoice } from './voices';

export type NarratorState = 'idle' | 'waiting-for-voices' | 'playing' | 'paused' | 'finished' | 'error';

export interface NarratorOptions {
	lang: string;
	clock?: Clock;
	/** How long to wait for a first `voiceschanged` before speaking with the engine's default voice. */
	voiceWaitMs?: number;
	/** How long an utterance may take to start before it is retried once, then skipped. */
	startTimeoutMs?: number;
	/** Called at each item's `start` event, where the page saves the reading position. */
	onItemStart?: (item: SpeechItem, index: number) => void;
	/** A spoken word, as offsets into `item.text`. */
	onWord?: (item: SpeechItem, charIndex: number, charLength: number) => void;
	preferredVoice?: VoiceChoice | null;
	/** The reader's languages, for a region when the article's tag has none; `navigator.languages` by default. */
	readerLanguages?: readonly string[];
	/** Whether the device is online, asked before each utterance; `navigator.onLine` by default. */
	isOnline?: () => boolean;
	/** A one-time sentence for the status region, e.g. that an online voice was replaced while offline. */
	onVoiceNotice?: (message: string) => void;
	/** The reader's pronunciation rules for the article's language: what is said changes, never what is shown. */
	lexicon?: Lexicon | null;
	/** Loads @readium/speech's data for a language; tests pass their own. */
	loadVoiceKnowledge?: (lang: string) => Promise<VoiceKnowledge | null>;
}
