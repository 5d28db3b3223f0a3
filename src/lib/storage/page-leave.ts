// WebKit (Safari's engine) keeps a page it puts in its back/forward cache frozen, together with any IndexedDB
// transaction the page began while being left: the transaction keeps its stores locked until the page is shown
// again or thrown away, and every other Lectern page that reaches those stores waits for ever. (Leaving the
// reader saves the reading place, after which "Add text to library" on /add never finished.) So storage calls
// made while a page is being left for that cache wait until it is shown again; a page that is really unloaded
// saves at once, as before.

/** The parts of a window the guard listens to; a test passes a fake. */
export interface LeavingWindow {
	addEventListener: Window['addEventListener'];
	setTimeout(handler: () => void, ms: number): unknown;
	document: Pick<Document, 'visibilityState'>;
}

export interface PageLeaveGuard {
	/** Resolves when a transaction begun now cannot be frozen with the page. */
	settled(): Promise<void>;
}

export function guardPageLeave(win: LeavingWindow | undefined): PageLeaveGuard {
	if (!win) return { settled: () => Promise.resolve() };
	let cached = false;
	let unloading = false;
	const onShow: (() => void)[] = [];
	let onUnload: (() => void)[] = [];
	const release = (waiting: (() => void)[]) => waiting.forEach((resolve) => resolve());

	// Capturing listeners added when storage loads run before any page code's pagehide handler saves.
	win.addEventListener(
		'pagehide',
		(event) => {
			if ((event as PageTransitionEvent).persisted) cached = true;
			else {
				unloading = true;
				release(onUnload.splice(0));
			}
		},
		{ capture: true }
	);
	win.addEventListener(
		'pageshow',
		() => {
			cached = false;
			unloading = false;
			release(onShow.splice(0));
		},
		{ capture: true }
	);

	/** Waits one task (or until the page unloads), the time it takes to learn whether it is being left. */
	const oneTask = (page: LeavingWindow) =>
		new Promise<void>((resolve) => {
			const done = () => {
				onUnload = onUnload.filter((each) => each !== done);
				resolve();
			};
			onUnload.push(done);
			page.setTimeout(done, 0);
		});

	async function settled(): Promise<void> {
		// Hidden, and the page may be on its way out: `visibilitychange` comes before `pagehide`. A task later
		// the page is either still here (another tab was chosen), unloaded, or frozen until it is shown again.
		if (win && !cached && !unloading && win.document.visibilityState === 'hidden') await oneTask(win);
		while (cached) await new Promise<void>((resolve) => onShow.push(resolve));
	}
	return { settled };
}
