// Spoken cues in Portuguese: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Título.',
	headingLevel: 'Título de nível #.',
	list: 'Lista, #.',
	numberedList: 'Lista numerada, #.',
	items: { one: '# item', other: '# itens' },
	item: 'Item #.',
	endOfList: 'Fim da lista.',
	quote: 'Citação.',
	endOfQuote: 'Fim da citação.',
	related: 'Conteúdo relacionado.',
	next: 'A seguir: #'
} satisfies CueWords;
