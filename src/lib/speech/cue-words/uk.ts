// Spoken cues in Ukrainian (one, few and many forms): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Заголовок.',
	headingLevel: 'Заголовок рівня #.',
	list: 'Список, #.',
	numberedList: 'Нумерований список, #.',
	items: { one: '# пункт', few: '# пункти', many: '# пунктів', other: '# пункту' },
	item: 'Пункт #.',
	endOfList: 'Кінець списку.',
	quote: 'Цитата.',
	endOfQuote: 'Кінець цитати.',
	related: 'Читайте також.',
	next: 'Далі: #'
} satisfies CueWords;
