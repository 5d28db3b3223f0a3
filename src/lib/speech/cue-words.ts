// The words of the spoken cues, in the article's language: the voice reading a French article says "Titre.",
// not "Heading." in a French accent. One data file per language in ./cue-words/, loaded by load-cue-words.ts
// only for the article being read, and plain data so it travels to the speech-items worker; the cues are put
// together here. Counts take the language's own plural rules (Intl.PluralRules: Russian has three forms for
// "items", Arabic six, Hebrew a dual).

/** A count's forms by plural category; `#` stands for the number. `other` is required, as in CLDR. */
export type CountForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One language's cues. In `headingLevel` and `item`, `#` is the number; in the lists, it is the counted items. */
export interface CueWords {
	heading: string;
	headingLevel: string;
	list: string;
	numberedList: string;
	items: CountForms;
	item: string;
	endOfList: string;
	quote: string;
	endOfQuote: string;
	/** Before a promo or a related link. */
	related: string;
	/** Between two articles of the listening queue, said in the voice that read the first; `#` is the next title. */
	next: string;
}

// A function, so a title with "$&" in it is said as written, not read as a replacement pattern.
const fill = (template: string, value: string | number) => template.replace('#', () => String(value));

export const headingLevelCue = (words: CueWords, level: number) => fill(words.headingLevel, level);

export const itemCue = (words: CueWords, position: number) => fill(words.item, position);

export const nextCue = (words: CueWords, title: string) => fill(words.next, title);

/** Before a list: its kind and its length ("List, 3 items."), the count in `lang`'s plural form. */
export function listCue(words: CueWords, lang: string, count: number, ordered: boolean): string {
	const category = new Intl.PluralRules(lang).select(count);
	const counted = fill(words.items[category] ?? words.items.other, count);
	return fill(ordered ? words.numberedList : words.list, counted);
}
