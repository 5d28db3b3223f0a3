// What the player needs of the pronunciation list: the rules for its article's language, read again whenever
// they change (a fix is heard from the next sentence), a pause while a rule is played aloud, and the offer to
// fix a word selected in the article.
import { onRulesEvent } from './changes';
import type { Lexicon } from './lexicon';
import { offerPronunciationFix } from './offer-fix';
import { loadLexicon } from './rules';

export interface PronunciationHooks {
	root: HTMLElement;
	lang: string;
	setLexicon: (lexicon: Lexicon | null) => void;
	/** Pauses the reading if it is playing. */
	pause: () => void;
}

/** Connects the player to the reader's rules; returns the function that disconnects it. */
export function connectPronunciation({ root, lang, setLexicon, pause }: PronunciationHooks): () => void {
	const useRules = () => void loadLexicon(lang).then(setLexicon);
	useRules();
	const stopRules = onRulesEvent((event) => (event === 'changed' ? useRules() : pause()));
	const stopOffer = offerPronunciationFix(root, lang);
	return () => {
		stopRules();
		stopOffer();
	};
}
