// "Fix how this is said" starts from what the reader selects in the article: a word or a short phrase, never a
// paragraph. The phrase is taken as written, without the punctuation around it.

/** A selection longer than this is not a word to fix. */
export const MAX_PHRASE_WORDS = 4;
export const MAX_PHRASE_LENGTH = 40;

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;

/**
 * The phrase a selection offers to fix, or null when it is not one: empty, more than a few words, more than a
 * line, or no letter at all. A final full stop stays on an abbreviation ("U.S.") and goes after a word ("end.").
 */
export function phraseToFix(selected: string): string | null {
	if (/[\n\r]/.test(selected.trim())) return null;
	let phrase = selected.replace(/\s+/g, ' ').replace(EDGE, '');
	if (phrase.endsWith('.') && !phrase.slice(0, -1).includes('.')) phrase = phrase.replace(/\.+$/, '');
	if (!/\p{L}/u.test(phrase) || phrase.length > MAX_PHRASE_LENGTH) return null;
	return phrase.split(' ').length <= MAX_PHRASE_WORDS ? phrase : null;
}

export interface SelectedPhrase {
	text: string;
	/** Where the selection is on screen, to place the offer beside it. */
	rect: { top: number; bottom: number; left: number; right: number };
}

/** The phrase selected inside `root`, if the selection lies wholly in it and is one. */
export function selectedPhrase(selection: Selection | null, root: Node): SelectedPhrase | null {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	if (!root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return null;
	const text = phraseToFix(selection.toString());
	if (!text) return null;
	const { top, bottom, left, right } = selection.getRangeAt(0).getBoundingClientRect();
	return { text, rect: { top, bottom, left, right } };
}

/**
 * Calls `onChange` with the phrase selected in `root` (or null) as the selection settles: by mouse, keyboard
 * or a finger's handles on a phone, which all fire `selectionchange`. Returns the function that stops it.
 */
export function watchSelection(root: Node, onChange: (phrase: SelectedPhrase | null) => void): () => void {
	let frame = 0;
	const changed = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => onChange(selectedPhrase(document.getSelection(), root)));
	};
	document.addEventListener('selectionchange', changed);
	return () => {
		cancelAnimationFrame(frame);
		document.removeEventListener('selectionchange', changed);
	};
}
