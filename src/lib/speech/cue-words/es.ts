// Spoken cues in Spanish: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Encabezado.',
	headingLevel: 'Encabezado de nivel #.',
	list: 'Lista, #.',
	numberedList: 'Lista numerada, #.',
	items: { one: '# elemento', other: '# elementos' },
	item: 'Elemento #.',
	endOfList: 'Fin de la lista.',
	quote: 'Cita.',
	endOfQuote: 'Fin de la cita.',
	related: 'Contenido relacionado.',
	next: 'A continuación: #'
} satisfies CueWords;
