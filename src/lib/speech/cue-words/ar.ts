// Spoken cues in Arabic (dual, few and many forms): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'عنوان.',
	headingLevel: 'عنوان من المستوى #.',
	list: 'قائمة، #.',
	numberedList: 'قائمة مرقمة، #.',
	items: { one: 'عنصر واحد', two: 'عنصران', few: '# عناصر', many: '# عنصرًا', other: '# عنصر' },
	item: 'العنصر #.',
	endOfList: 'نهاية القائمة.',
	quote: 'اقتباس.',
	endOfQuote: 'نهاية الاقتباس.',
	related: 'محتوى ذو صلة.',
	next: 'التالي: #'
} satisfies CueWords;
