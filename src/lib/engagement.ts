// The first sign that the reader is doing something on this page: a press, a key, a wheel, focus moving (a
// screen reader's too), or a scroll they made. What only such a reader needs waits for it (storage's code, to keep their place and record the
// article as opened: reader/session.ts; the settings' check of the database), so a page that is only looked
// at loads none of it.

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'focusin', 'scroll'] as const;

let engaged: Promise<void> | null = null;
let markEngaged = () => {};
/** Where the page scrolled to by itself (to the reader's restored place). */
let baseline = 0;

function onEvent(event: Event): void {
	// A scroll the page made itself (restoring the reader's place) leaves the page where it put it.
	if (event.type === 'scroll' && Math.abs(scrollY - baseline) < 2) return;
	engage();
}

function listen(on: boolean): void {
	for (const type of EVENTS) {
		if (on) addEventListener(type, onEvent, { capture: true, passive: true });
		else removeEventListener(type, onEvent, { capture: true });
	}
}

/** This page was not the one the browser loaded: the app navigated to it. */
function arrivedInApp(): boolean {
	const loaded = performance.getEntriesByType('navigation')[0]?.name;
	const page = (url: string) => url.split('#')[0];
	return loaded !== undefined && page(loaded) !== page(location.href);
}

/** Settles when the reader first does something on this page (at once if they already have). */
export function whenEngaged(): Promise<void> {
	if (!engaged) {
		engaged = new Promise((resolve) => (markEngaged = resolve));
		// Before this code loaded, the page was scrolled (by the reader, or back to where they were on a
		// reload: either way there is a place to keep), focus moved (a press on a control, a key), or the
		// reader came here from another of Lectern's pages (a press on a link there).
		const focused = document.activeElement;
		if (scrollY > 0 || (focused !== null && focused !== document.body) || arrivedInApp()) markEngaged();
		else listen(true);
	}
	return engaged;
}

/** The reader has done something that needs what waits for them (e.g. a lock-screen Play). */
export function engage(): void {
	void whenEngaged();
	listen(false);
	markEngaged();
}

/** The page has just scrolled by itself (to a restored place): that scroll is not the reader's. */
export function scrolledByPage(): void {
	baseline = scrollY;
}
