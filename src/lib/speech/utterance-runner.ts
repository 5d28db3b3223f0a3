import type { Clock } from './clock';
import type { SpeechEngine, SpeechVoice } from './engine';
import type { SpeechItem } from './speech-items';
import { toShownRange, type SpokenText } from '$lib/pronunciation/lexicon';

/** A slow estimate of speech at rate 1, used only to decide that an `end` event was lost. */
const WATCHDOG_MS_PER_CHAR = 60;

export interface SpeakSettings {
	voice: SpeechVoice | null;
	rate: number;
	pitch: number;
}

export interface RunnerEvents {
	onStart(item: SpeechItem): void;
	onEnd(): void;
	/** Offsets into `item.text`; charLength is worked out when the engine leaves it out. */
	onWord(item: SpeechItem, charIndex: number, charLength: number): void;
	/** An error event's code, 'no-start' (after one retry) or 'lost-end'. */
	onFailure(code: string): void;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/**
 * The length from `charIndex` to the end of the first word there, for engines (Safari) whose boundary events
 * lack charLength. Words as Intl.Segmenter finds them, so quotes and punctuation stay out and scripts without
 * spaces get a word, not the rest of the sentence.
 */
export function wordLength(text: string, charIndex: number, lang: string): number {
	let segmenter = wordSegmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
		wordSegmenters.set(lang, segmenter);
	}
	for (const part of segmenter.segment(text.slice(charIndex, charIndex + 200))) {
		if (part.isWordLike) return part.index + part.segment.length;
	}
	return 0;
}

/**
 * Speaks one item at a time with watchdogs for a missing `start` (retried once) and a missing `end`. Each
 * utterance gets a generation number; events from an abandoned one (late `end`, `interrupted`) are ignored.
 */
export class UtteranceRunner {
	#generation = 0;
	#timer: unknown = null;
	readonly #engine: SpeechEngine;
	readonly #clock: Clock;
	readonly #startTimeoutMs: number;
	readonly #events: RunnerEvents;

	constructor(engine: SpeechEngine, clock: Clock, startTimeoutMs: number, events: RunnerEvents) {
		this.#engine = engine;
		this.#clock = clock;
		this.#startTimeoutMs = startTimeoutMs;
		this.#events = events;
	}

	/**
	 * Speaks `spoken.text` when given (the pronunciation list's version of the item), else the item's text; word
	 * boundaries are reported as offsets into the item's own text either way.
	 */
	speak(item: SpeechItem, settings: SpeakSettings, spoken: SpokenText | null = null, retry = true): void {
		this.#forget();
		const token = this.#generation;
		const live = () => token === this.#generation;
		this.#after(this.#startTimeoutMs, () => {
			this.halt();
			if (retry) this.speak(item, settings, spoken, false);
			else this.#events.onFailure('no-start');
		});
		const text = spoken?.text ?? item.text;
		const request = { text, lang: item.lang, ...settings };
		this.#engine.speak(request, {
			onStart: () => {
				if (!live()) return;
				const expected = (text.length * WATCHDOG_MS_PER_CHAR) / settings.rate;
				this.#after(expected * 3 + 5000, () => this.#fail('lost-end'));
				this.#events.onStart(item);
			},
			onEnd: () => {
				if (!live()) return;
				this.#forget();
				this.#events.onEnd();
			},
			onError: (code) => {
				if (live()) this.#fail(code);
			},
			onBoundary: (charIndex, charLength) => {
				if (!live()) return;
				const length = charLength ?? wordLength(text, charIndex, item.lang);
				if (!spoken) return this.#events.onWord(item, charIndex, length);
				const shown = toShownRange(spoken, charIndex, length);
				this.#events.onWord(item, shown.start, shown.end - shown.start);
			}
		});
	}

	/** Stops speech and disowns the current utterance. */
	halt(): void {
		this.#forget();
		this.#engine.cancel();
	}

	#fail(code: string): void {
		this.halt();
		this.#events.onFailure(code);
	}

	#forget(): void {
		this.#generation++;
		if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
		this.#timer = null;
	}

	#after(ms: number, run: () => void): void {
		if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
		this.#timer = this.#clock.setTimeout(run, ms);
	}
}
