import type { Clock } from '../speech/clock';
import type { SpeechEngine, SpeechVoice, UtteranceRequest } from '../speech/engine';

/** What one speak() call does; queued with `queue()`, else 'speak'. */
export type FakeOutcome =
	| 'speak'
	/** No event ever fires, as for a garbage-collected utterance; the queue moves on after its duration. */
	| 'silent'
	/** Starts, then goes quiet with no `end` and the queue stuck until cancel(), as Chrome's network voices do. */
	| 'no-end'
	| { error: string; afterStart?: boolean };

export interface FakeEngineOptions {
	clock?: Clock;
	voices?: SpeechVoice[];
	/** When getVoices() stops being empty, with a `voiceschanged`; 'never' keeps it empty and silent. Default 0. */
	voicesAfterMs?: number | 'never';
	/** 'none' replays Chromium on Linux, which sends no boundary events. Default 'words'. */
	boundaries?: 'words' | 'none';
	/** false replays Safari, whose boundary events lack charLength. Default true. */
	boundaryCharLength?: boolean;
	/** Speaking takes `text.length * msPerChar / rate` ms. Default 60. */
	msPerChar?: number;
	startDelayMs?: number;
	/** Chrome's network voices: speech longer than this stops there with no `end` and the queue stuck. */
	maxUtteranceMs?: number | null;
	/** What cancel() sends: 'errors' = `interrupted` (speaking) and `canceled` (queued), like Chrome. */
	cancelEvents?: 'errors' | 'end' | 'none';
	/** How late cancel()'s events arrive; they always arrive after cancel() has returned. Default 30. */
	cancelEventDelayMs?: number;
	/** speak() fails with `not-allowed` until activate() stands in for a click. */
	requireActivation?: boolean;
}

export interface FakeSpeechEngine extends SpeechEngine {
	/** The text of every utterance that started, in order. */
	readonly spoken: string[];
	/** Every speak() request, spoken or not. */
	readonly requests: UtteranceRequest[];
	/** Calls and events in order, e.g. 'speak Hi', 'start Hi', 'error interrupted Hi', 'cancel'. */
	readonly log: string[];
	readonly speaking: boolean;
	queue(...outcomes: FakeOutcome[]): void;
	activate(): void;
	/** Replaces the voice list and fires `voiceschanged`. */
	setVoices(voices: SpeechVoice[]): void;
}
