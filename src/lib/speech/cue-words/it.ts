// Spoken cues in Italian: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Titolo.',
	headingLevel: 'Titolo di livello #.',
	list: 'Elenco, #.',
	numberedList: 'Elenco numerato, #.',
	items: { one: '# voce', other: '# voci' },
	item: 'Voce #.',
	endOfList: 'Fine dell’elenco.',
	quote: 'Citazione.',
	endOfQuote: 'Fine della citazione.',
	related: 'Contenuti correlati.',
	next: 'Prossimo articolo: #'
} satisfies CueWords;
