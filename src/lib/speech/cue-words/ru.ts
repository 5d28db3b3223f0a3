// Spoken cues in Russian: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Заголовок.',
	headingLevel: 'Заголовок уровня #.',
	list: 'Список, #.',
	numberedList: 'Нумерованный список, #.',
	items: { one: '# пункт', few: '# пункта', many: '# пунктов', other: '# пункта' },
	item: 'Пункт #.',
	endOfList: 'Конец списка.',
	quote: 'Цитата.',
	endOfQuote: 'Конец цитаты.',
	related: 'Читайте также.',
	next: 'Далее: #'
} satisfies CueWords;
