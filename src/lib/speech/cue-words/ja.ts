// Spoken cues in Japanese (no plural forms): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: '見出し。',
	headingLevel: 'レベル#の見出し。',
	list: 'リスト、#。',
	numberedList: '番号付きリスト、#。',
	items: { other: '#項目' },
	item: '項目#。',
	endOfList: 'リストの終わり。',
	quote: '引用。',
	endOfQuote: '引用の終わり。',
	related: '関連記事。',
	next: '次は：#'
} satisfies CueWords;
