// Keeps the sentence being read comfortably in view (not pinned to the top). When the reader scrolls away,
// following pauses until they ask to go back, so Lectern never fights their hand.

/** The sentence is comfortable between these fractions of the viewport height. */
const COMFORT_TOP = 0.15;
const COMFORT_BOTTOM = 0.7;
/** Where a sentence that left the comfort zone is brought back to. */
const TARGET = 0.3;
/** Below this fraction of the viewport height a sentence may be under the player bar: out of view. */
const VISIBLE_BOTTOM = 0.85;
/** A scroll this soon after wheel, touch or a scrolling key is the reader's. */
const HAND_MS = 1000;

/** Keys that scroll the page when pressed outside a control: the reader moving by keyboard. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

function scrollsByKey(event: KeyboardEvent): boolean {
	if (!SCROLL_KEYS.has(event.key)) return false;
	const target = event.target;
	return !(target instanceof Element && target.closest('button, input, select, textarea, [contenteditable]'));
}

export class Follower {
	#following = $state(true);
	/** True while a scroll Lectern started is still moving; its scroll events are not the reader's. */
	#ours = false;
	/** Where our latest scroll is going: a scroll that ends elsewhere was cut short by the next one. */
	#target = 0;
	#fallback: number | undefined;
	/** When the reader last scrolled by hand (wheel, touch, scrolling key). */
	#handAt = -Infinity;
	/** The sentence being followed. */
	#range: Range | null = null;
	#win: Window;

	constructor(win: Window = window) {
		this.#win = win;
	}

	/** False after the reader scrolled away; the UI then offers "Back to the current sentence". */
	get following(): boolean {
		return this.#following;
	}

	/** Starts listening for the reader's own scrolling; returns a function that stops. */
	start(): () => void {
		// A scroll by the reader's hand leaves the sentence. Any other scroll that is not ours (the browser's
		// scroll anchoring when something above grows, a dragged scrollbar, focus moving) leaves it only if the
		// sentence went out of view.
		const onScroll = () => {
			// Before reading starts there is nothing to leave: a reader scrolls to where Play should start
			if (this.#ours || !this.#range) return;
			if (this.#win.performance.now() - this.#handAt < HAND_MS || !this.#visible()) this.#following = false;
		};
		// The reader's hand takes over even in the middle of our scroll.
		const byHand = () => {
			this.#handAt = this.#win.performance.now();
			this.#settle();
		};
		const byKey = (event: KeyboardEvent) => {
			if (scrollsByKey(event)) byHand();
		};
		const settled = () => {
			if (Math.abs(this.#win.scrollY - this.#target) <= 2) this.#settle();
		};
		this.#win.addEventListener('wheel', byHand, { passive: true });
		this.#win.addEventListener('touchmove', byHand, { passive: true });
		this.#win.addEventListener('keydown', byKey);
		this.#win.addEventListener('scroll', onScroll, { passive: true });
		this.#win.addEventListener('scrollend', settled);
		return () => {
			this.#settle();
			this.#win.removeEventListener('wheel', byHand);
			this.#win.removeEventListener('touchmove', byHand);
			this.#win.removeEventListener('keydown', byKey);
			this.#win.removeEventListener('scroll', onScroll);
			this.#win.removeEventListener('scrollend', settled);
		};
	}

	/** Brings the range into the comfortable band, if following; `force` resumes following first. */
	follow(range: Range | null, force = false): void {
		if (force) this.#following = true;
		this.#range = range;
		if (!range || !this.#following) return;
		const rect = range.getBoundingClientRect();
		const height = this.#win.innerHeight;
		if (rect.top >= height * COMFORT_TOP && rect.bottom <= height * COMFORT_BOTTOM) return;
		const reduce = this.#win.matchMedia('(prefers-reduced-motion: reduce)').matches;
		// Scroll events are ours until the scroll ends (`scrollend`, or a timeout where that never comes).
		this.#ours = true;
		this.#win.clearTimeout(this.#fallback);
		this.#fallback = this.#win.setTimeout(() => this.#settle(), reduce ? 200 : 1500);
		const { scrollHeight } = this.#win.document.documentElement;
		const top = this.#win.scrollY + rect.top - height * TARGET;
		this.#target = Math.round(Math.min(Math.max(0, top), scrollHeight - height));
		this.#win.scrollTo({ top, behavior: reduce ? 'instant' : 'smooth' });
	}

	/** Reading stopped: nothing is followed, and the next reading is followed from its start. */
	reset(): void {
		this.#settle();
		this.#range = null;
		this.#following = true;
	}

	#visible(): boolean {
		const rect = this.#range?.getBoundingClientRect();
		return Boolean(rect && rect.bottom > 0 && rect.top < this.#win.innerHeight * VISIBLE_BOTTOM);
	}

	#settle(): void {
		this.#ours = false;
		this.#win.clearTimeout(this.#fallback);
	}
}
