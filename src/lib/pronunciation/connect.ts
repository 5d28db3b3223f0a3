// What the player needs of the pronunciation list: the rules for its article's language, read again whenever
// they change (a fix is heard from the next sentence), and the voice for a pronunciation being tried. (The offer
// to fix a word selected in the article, offer-fix.ts, comes with the page, before the player wakes.)
import { onRulesChanged, sayTriesWith } from './changes';
import type { Lexicon } from './lexicon';
import { loadLexicon } from './rules';

export interface PronunciationHooks {
	lang: string;
	setLexicon: (lexicon: Lexicon | null) => void;
	/** Says a pronunciation being tried, pausing the reading first. */
	say: (text: string, lang: string) => void;
}

/**
 * Connects the player to the reader's rules: `ready` settles once the rules are in use (so the first word is
 * said as they say), `stop` disconnects.
 */
export function connectPronunciation({ lang, setLexicon, say }: PronunciationHooks): {
	ready: Promise<void>;
	stop: () => void;
} {
	const useRules = () => loadLexicon(lang).then(setLexicon);
	const ready = useRules();
	const stopRules = onRulesChanged(useRules);
	const stopSaying = sayTriesWith(say);
	return {
		ready,
		stop: () => {
			stopRules();
			stopSaying();
		}
	};
}
