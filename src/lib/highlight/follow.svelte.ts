// Keeps the sentence being read comfortably in view (not pinned to the top). When the reader scrolls away,
// following pauses until they ask to go back, so Lectern never fights their hand.

/** The sentence is comfortable between these fractions of the viewport height. */
const COMFORT_TOP = 0.15;
const COMFORT_BOTTOM = 0.7;
/** Where a sentence that left the comfort zone is brought back to. */
const TARGET = 0.3;

export class Follower {
	#following = $state(true);
	#ours = 0;
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
		const onScroll = () => {
			if (this.#ours > 0) return;
			this.#following = false;
		};
		const byHand = () => (this.#ours = 0);
		this.#win.addEventListener('wheel', byHand, { passive: true });
		this.#win.addEventListener('touchmove', byHand, { passive: true });
		this.#win.addEventListener('keydown', byHand);
		this.#win.addEventListener('scroll', onScroll, { passive: true });
		return () => {
			this.#win.removeEventListener('wheel', byHand);
			this.#win.removeEventListener('touchmove', byHand);
			this.#win.removeEventListener('keydown', byHand);
			this.#win.removeEventListener('scroll', onScroll);
		};
	}

	/** Brings the range into the comfortable band, if following; `force` resumes following first. */
	follow(range: Range | null, force = false): void {
		if (force) this.#following = true;
		if (!range || !this.#following) return;
		const rect = range.getBoundingClientRect();
		const height = this.#win.innerHeight;
		if (rect.top >= height * COMFORT_TOP && rect.bottom <= height * COMFORT_BOTTOM) return;
		const reduce = this.#win.matchMedia('(prefers-reduced-motion: reduce)').matches;
		// Scroll events caused by this call are ours until the scroll settles.
		this.#ours += 1;
		this.#win.scrollBy({ top: rect.top - height * TARGET, behavior: reduce ? 'instant' : 'smooth' });
		this.#win.setTimeout(() => (this.#ours = Math.max(0, this.#ours - 1)), reduce ? 100 : 1000);
	}
}
