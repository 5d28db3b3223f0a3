// Spoken cues in Turkish (a count takes the singular): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Başlık.',
	headingLevel: 'Düzey # başlık.',
	list: 'Liste, #.',
	numberedList: 'Numaralı liste, #.',
	items: { other: '# öğe' },
	item: 'Öğe #.',
	endOfList: 'Listenin sonu.',
	quote: 'Alıntı.',
	endOfQuote: 'Alıntının sonu.',
	related: 'İlgili içerik.',
	next: 'Sıradaki: #'
} satisfies CueWords;
