// Which languages have cue words, and the one file the article being read needs: each language is its own
// chunk, so the reader (and the speech-items worker, which gets the words as data) carries only one.
// A language without a file gets the pauses and no cue: a word in the wrong language would interrupt more than it
// helps.
import type { CueWords } from './cue-words';
import { parseTag } from './language-tags';

const FILES = import.meta.glob<{ default: CueWords }>('./cue-words/*.ts');
const fileOf = (language: string) => `./cue-words/${language}.ts`;

/** Languages whose cues Lectern can say (primary subtags), without loading any of them. */
export const CUE_LANGUAGES: readonly string[] = Object.freeze(
	Object.keys(FILES).map((path) => path.replace(/^.*\/|\.ts$/g, ''))
);

/** The cue words for an article's language tag, or null where Lectern has none. */
export async function loadCueWords(lang: string): Promise<CueWords | null> {
	const load = FILES[fileOf(parseTag(lang).language)];
	return load ? (await load()).default : null;
}
