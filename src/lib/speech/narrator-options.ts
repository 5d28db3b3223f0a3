import type { Clock } from './clock';
import type { SpeechItem } from './speech-items';
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
}
