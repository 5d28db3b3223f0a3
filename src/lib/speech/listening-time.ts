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
