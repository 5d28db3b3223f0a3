// Spoken cues in German: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Überschrift.',
	headingLevel: 'Überschrift, Ebene #.',
	list: 'Liste, #.',
	numberedList: 'Nummerierte Liste, #.',
	items: { one: '# Eintrag', other: '# Einträge' },
	item: 'Eintrag #.',
	endOfList: 'Ende der Liste.',
	quote: 'Zitat.',
	endOfQuote: 'Ende des Zitats.',
	related: 'Siehe auch.',
	next: 'Als Nächstes: #'
} satisfies CueWords;
