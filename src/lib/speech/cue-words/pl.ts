// Spoken cues in Polish (one, few and many forms): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Nagłówek.',
	headingLevel: 'Nagłówek poziomu #.',
	list: 'Lista, #.',
	numberedList: 'Lista numerowana, #.',
	items: { one: '# element', few: '# elementy', many: '# elementów', other: '# elementu' },
	item: 'Element #.',
	endOfList: 'Koniec listy.',
	quote: 'Cytat.',
	endOfQuote: 'Koniec cytatu.',
	related: 'Zobacz też.',
	next: 'Następny: #'
} satisfies CueWords;
