import type { SpeechItem } from './speech-items';

/**
 * Words a minute at speech rate 1. Narration and audiobooks are usually quoted at 150–160 wpm; measured rates
 * vary with speaker and task (Yuan, Liberman & Cieri 2006, "Towards an integrated understanding of speaking
 * rate in conversation", Interspeech, doi:10.21437/Interspeech.2006-204). Synthetic voices at rate 1 are close.
 */
export const SPEECH_WORDS_PER_MINUTE = 150;

/** A function giving the ms left to listen from an item to the end at a rate (words counted with the items). */
export function listeningEstimator(
	items: readonly SpeechItem[]
): (fromIndex: number, rate: number) => number {
	const wordsFrom = new Array<number>(items.length + 1).fill(0);
	for (let i = items.length - 1; i >= 0; i--) wordsFrom[i] = (wordsFrom[i + 1] ?? 0) + (items[i]?.words ?? 0);
	return (fromIndex, rate) => {
		const from = Math.min(items.length, Math.max(0, Math.trunc(fromIndex) || 0));
		const words = wordsFrom[from] ?? 0;
		return Math.round((words / (SPEECH_WORDS_PER_MINUTE * rate)) * 60_000);
	};
}

/** The speeds read-aloud offers: beyond 3× for listeners who want it, where the voice accepts it. */
export const RATE_RANGE = { min: 0.5, max: 4, step: 0.1 } as const;

/**
 * The pace the voice really achieves, in words a second, from when the last few items started: item i took
 * from its start to item i+1's start for its words. A jump (seek, skip) or a change of rate or voice starts
 * the measure again, since it no longer describes what will be heard.
 */
export class SpeechPace {
	#last: { index: number; words: number; at: number } | null = null;
	#samples: { words: number; ms: number }[] = [];
	readonly #window: number;

	constructor(window = 5) {
		this.#window = window;
	}

	/** Called at each item's start with its index, its words and the time. */
	started(index: number, words: number, at: number): void {
		const last = this.#last;
		if (last && index === last.index + 1 && at > last.at && last.words > 0) {
			this.#samples.push({ words: last.words, ms: at - last.at });
			if (this.#samples.length > this.#window) this.#samples.shift();
		} else if (last && index !== last.index + 1) this.#samples = [];
		this.#last = { index, words, at };
	}

	reset(): void {
		this.#last = null;
		this.#samples = [];
	}

	/** Words a second over the last few items, or null before two items have been heard in a row. */
	get wordsPerSecond(): number | null {
		if (this.#samples.length === 0) return null;
		const words = this.#samples.reduce((sum, s) => sum + s.words, 0);
		const ms = this.#samples.reduce((sum, s) => sum + s.ms, 0);
		return (words / ms) * 1000;
	}
}

/** Ms to listen to `words` at the measured pace, else at the nominal one for `rate`. */
export function timeLeftMs(words: number, wordsPerSecond: number | null, rate: number): number {
	const perSecond = wordsPerSecond ?? (SPEECH_WORDS_PER_MINUTE * rate) / 60;
	return Math.round((words / perSecond) * 1000);
}

/** "About 3 min left at this speed"; under a minute says so. */
export function timeLeftLabel(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	return minutes < 1 ? 'Less than a minute left' : `About ${minutes} min left at this speed`;
}

/** The same figure, short enough for the player's bar: "3 min left", "< 1 min left". */
export function shortTimeLeftLabel(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	return minutes < 1 ? '< 1 min left' : `${minutes} min left`;
}
