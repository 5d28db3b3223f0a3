// The hand-over's autoplay: asked for by the page that navigates after a press, taken by the reader page it
// opens, in the same tab. A module of its own, so the reader's start-up carries only this of the queue.

/** The article the next reader page should start playing by itself. */
let autoplayId: string | null = null;

/** The reader page for `id` is about to open after a press: it may start speaking without another one. */
export function playWhenOpened(id: string): void {
	autoplayId = id;
}

/** Whether the page for `id` will start playing by itself (without taking the request). */
export function willAutoplay(id: string): boolean {
	return autoplayId === id;
}

/** Whether the page for `id` should start playing by itself; true once per request. */
export function takeAutoplay(id: string): boolean {
	if (autoplayId !== id) return false;
	autoplayId = null;
	return true;
}
