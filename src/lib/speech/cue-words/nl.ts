// Spoken cues in Dutch: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Kop.',
	headingLevel: 'Kop van niveau #.',
	list: 'Lijst, #.',
	numberedList: 'Genummerde lijst, #.',
	items: { one: '# item', other: '# items' },
	item: 'Item #.',
	endOfList: 'Einde van de lijst.',
	quote: 'Citaat.',
	endOfQuote: 'Einde citaat.',
	related: 'Zie ook.',
	next: 'Hierna: #'
} satisfies CueWords;
