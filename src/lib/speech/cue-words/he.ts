// Spoken cues in Hebrew (with a dual): see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'כותרת.',
	headingLevel: 'כותרת ברמה #.',
	list: 'רשימה, #.',
	numberedList: 'רשימה ממוספרת, #.',
	items: { one: 'פריט אחד', two: 'שני פריטים', other: '# פריטים' },
	item: 'פריט #.',
	endOfList: 'סוף הרשימה.',
	quote: 'ציטוט.',
	endOfQuote: 'סוף הציטוט.',
	related: 'ראו גם.',
	next: 'הבא בתור: #'
} satisfies CueWords;
