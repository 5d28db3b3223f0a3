// What the player needs of the pronunciation list: the rules for its article's language, read again whenever
// they change (a fix is heard from the next sentence), the voice for a pronunciation being tried, and the offer
// to fix a word selected in the article.
import { onRulesChanged, sayTriesWith } from './changes';
import type { Lexicon } from './lexicon';
import { offerPronunciationFix } from './offer-fix';
import { loadLexicon } from './rules';

export interface PronunciationHooks {
	root: HTMLElement;
	lang: string;
	setLexicon: (lexicon: Lexicon | null) => void;
	/** Says a pronunciation being tried, pausing the reading first. */
	say: (text: string, lang: string) => void;
}

/** Connects the player to the reader's rules; returns the function that disconnects it. */
export function connectPronunciation({ root, lang, setLexicon, say }: PronunciationHooks): () => void {
	const useRules = () => void loadLexicon(lang).then(setLexicon);
	useRules();
	const stopRules = onRulesChanged(useRules);
	const stopSaying = sayTriesWith(say);
	const stopOffer = offerPronunciationFix(root, lang);
	return () => {
		stopRules();
		stopSaying();
		stopOffer();
	};
}
