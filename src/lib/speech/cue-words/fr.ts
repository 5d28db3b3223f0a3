// Spoken cues in French: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Titre.',
	headingLevel: 'Titre de niveau #.',
	list: 'Liste, #.',
	numberedList: 'Liste numérotée, #.',
	items: { one: '# élément', other: '# éléments' },
	item: 'Élément #.',
	endOfList: 'Fin de la liste.',
	quote: 'Citation.',
	endOfQuote: 'Fin de la citation.',
	related: 'À lire aussi.',
	next: 'Ensuite : #'
} satisfies CueWords;
