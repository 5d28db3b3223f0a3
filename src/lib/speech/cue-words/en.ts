// Spoken cues in English: see ../cue-words.ts for what each one is and where `#` goes.
import type { CueWords } from '../cue-words';

export default {
	heading: 'Heading.',
	headingLevel: 'Heading level #.',
	list: 'List, #.',
	numberedList: 'Numbered list, #.',
	items: { one: '# item', other: '# items' },
	item: 'Item #.',
	endOfList: 'End of list.',
	quote: 'Quote.',
	endOfQuote: 'End of quote.',
	related: 'Related.',
	next: 'Next: #'
} satisfies CueWords;
