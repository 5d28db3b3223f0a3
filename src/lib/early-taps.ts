// Taps made before the app started: app.html's inline script holds every tap on a button, radio or checkbox
// until the page is hydrated (a reader page starts only after its first paint), then they are made again here.
// A list box (select) cannot be held: its new value is already shown, but no handler heard it. Its change is
// told again here, once, with the value it has now.

declare global {
	interface Window {
		lecternTaps?: Element[];
	}
}

/** Marks the app as started (the inline script lets taps through from now on) and replays the held ones. */
export function replayEarlyTaps(win: Window & typeof globalThis = window): number {
	win.document.documentElement.setAttribute('data-started', '');
	const held = win.lecternTaps?.splice(0) ?? [];
	const told = new Set<Element>();
	let replayed = 0;
	for (const target of held) {
		// Hydration keeps the server's elements; one it replaced is found again by its id.
		const element = target.isConnected ? target : target.id ? win.document.getElementById(target.id) : null;
		if (element instanceof win.HTMLSelectElement) {
			if (told.has(element)) continue;
			told.add(element);
			element.dispatchEvent(new win.Event('change', { bubbles: true }));
			replayed += 1;
		} else if (element instanceof win.HTMLElement) {
			element.click();
			replayed += 1;
		}
	}
	return replayed;
}
