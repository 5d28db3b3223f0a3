// Spoken cues in Chinese (no plural forms): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: '标题。',
	headingLevel: '#级标题。',
	list: '列表，共#。',
	numberedList: '编号列表，共#。',
	items: { other: '#项' },
	item: '第#项。',
	endOfList: '列表结束。',
	quote: '引文。',
	endOfQuote: '引文结束。',
	related: '相关内容。',
	next: '下一篇：#'
} satisfies CueWords;
