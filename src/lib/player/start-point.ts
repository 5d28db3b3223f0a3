// Where "Play" starts when nothing is playing: a requested block, the saved place, what has focus, or the
// paragraph in view.
import { firstBlockWhere } from '$lib/reader/block-search';
import type { SpeechItem } from '$lib/speech';

export interface SavedPlace {
	block: number;
	sentence: number;
	quote: string;
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
	const focused = focusedBlock(root, win);
	if (focused !== null) return focused;
	if (win.scrollY < 80) return -1;
	// Within a pixel: scrolling is by whole pixels, so a block scrolled to the top can start 0.4 px above it
	const visible = firstBlockWhere(root, (box) => box.top > -1);
	return visible ? Number(visible.dataset.block) : -1;
}

/** The block holding keyboard focus, a paragraph the reader chose, or null. */
export function focusedBlock(root: HTMLElement, win: Window = window): number | null {
	const focused = win.document.activeElement?.closest<HTMLElement>('[data-block]');
	return focused && root.contains(focused) ? Number(focused.dataset.block) : null;
}

/** Whether any of `block` is on screen: a saved place still in view is where the reader is. */
export function blockOnScreen(root: HTMLElement, block: number, win: Window = window): boolean {
	const element = block === -1 ? root.querySelector('#title') : root.querySelector(`[data-block="${block}"]`);
	if (!element) return false;
	const { top, bottom } = element.getBoundingClientRect();
	return bottom > 0 && top < win.innerHeight;
}
