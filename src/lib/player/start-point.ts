// Where "Play" starts when nothing is playing: a requested block, the saved place, what has focus, or the
// paragraph in view.
import type { SpeechItem } from '$lib/speech';

export interface SavedPlace {
	block: number;
	sentence: number;
	quote: string;
	/** The block the page was scrolled to, which the reader restores on opening. */
	scrollBlock?: number;
}

/** The first item of `block` (or the next block that is read aloud). */
export function firstItemOf(items: readonly SpeechItem[], block: number): number {
	const index = items.findIndex((item) => item.block >= block);
	return index === -1 ? 0 : index;
}

/** The saved place, re-anchored by its quote when the text changed since. */
export function itemOfPlace(items: readonly SpeechItem[], place: SavedPlace): number {
	const exact = items.findIndex(
		(item) => item.block === place.block && item.sentence === place.sentence && item.chunk === 0
	);
	if (exact !== -1 && items[exact]?.text.startsWith(place.quote)) return exact;
	const quoted = place.quote ? items.findIndex((item) => item.text.startsWith(place.quote)) : -1;
	if (quoted !== -1) return quoted;
	return exact !== -1 ? exact : firstItemOf(items, place.block);
}

/** The block the reader is at: the focused one, else the first whose top is in view (the title at the top). */
export function blockInView(root: HTMLElement, win: Window = window): number {
	const focused = win.document.activeElement?.closest<HTMLElement>('[data-block]');
	if (focused && root.contains(focused)) return Number(focused.dataset.block);
	if (win.scrollY < 80) return -1;
	const blocks = [...root.querySelectorAll<HTMLElement>('[data-block]')];
	const visible = blocks.find((element) => element.getBoundingClientRect().top >= 0);
	return visible ? Number(visible.dataset.block) : -1;
}
