// Spoken cues in Swedish: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Rubrik.',
	headingLevel: 'Rubrik nivå #.',
	list: 'Lista, #.',
	numberedList: 'Numrerad lista, #.',
	items: { one: '# punkt', other: '# punkter' },
	item: 'Punkt #.',
	endOfList: 'Slut på listan.',
	quote: 'Citat.',
	endOfQuote: 'Slut på citatet.',
	related: 'Läs också.',
	next: 'Nästa: #'
} satisfies CueWords;
