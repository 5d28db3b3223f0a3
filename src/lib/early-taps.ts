// Taps made before the app started: app.html's inline script holds every tap on a button, radio or checkbox
// until the page is hydrated (a reader page starts only after its first paint), then they are made again here.

declare global {
	interface Window {
		lecternTaps?: Element[];
	}
}

/** Marks the app as started (the inline script lets taps through from now on) and replays the held ones. */
export function replayEarlyTaps(win: Window = window): number {
	win.document.documentElement.setAttribute('data-started', '');
	const held = win.lecternTaps?.splice(0) ?? [];
	let replayed = 0;
	for (const target of held) {
		// Hydration keeps the server's elements; one it replaced is found again by its id.
		const element = target.isConnected ? target : target.id ? win.document.getElementById(target.id) : null;
		if (element instanceof HTMLElement) {
			element.click();
			replayed += 1;
		}
	}
	return replayed;
}
