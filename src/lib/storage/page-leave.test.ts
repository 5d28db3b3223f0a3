import { describe, expect, it } from 'vitest';
import { guardPageLeave } from './page-leave';

/** A page that can be hidden, cached (`pagehide` persisted), shown again or unloaded, as a browser does. */
function fakePage() {
	const events = new EventTarget();
	const page = {
		document: { visibilityState: 'visible' as DocumentVisibilityState },
		addEventListener: events.addEventListener.bind(events),
		setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms)
	};
	const transition = (type: 'pagehide' | 'pageshow', persisted: boolean) =>
		events.dispatchEvent(Object.assign(new Event(type), { persisted }));
	return {
		page,
		hide: () => (page.document.visibilityState = 'hidden'),
		enterCache: () => transition('pagehide', true),
		unload: () => transition('pagehide', false),
		show: () => {
			page.document.visibilityState = 'visible';
			transition('pageshow', true);
		}
	};
}

/** Whether the promise has settled after the tasks already queued have run. */
async function settledSoon(promise: Promise<void>): Promise<boolean> {
	let settled = false;
	void promise.then(() => (settled = true));
	await new Promise((resolve) => setTimeout(resolve, 20));
	return settled;
}

describe('guardPageLeave', () => {
	it('lets a visible page use storage at once', async () => {
		const { page } = fakePage();
		expect(await settledSoon(guardPageLeave(page).settled())).toBe(true);
	});

	it('holds a save made as the page enters the back/forward cache until it is shown again', async () => {
		const browser = fakePage();
		const guard = guardPageLeave(browser.page);
		browser.hide();
		browser.enterCache();
		const save = guard.settled();
		expect(await settledSoon(save)).toBe(false);
		browser.show();
		expect(await settledSoon(save)).toBe(true);
	});

	it('holds a save begun on visibilitychange when the page then enters the cache', async () => {
		const browser = fakePage();
		const guard = guardPageLeave(browser.page);
		browser.hide();
		const save = guard.settled();
		browser.enterCache();
		expect(await settledSoon(save)).toBe(false);
		browser.show();
		expect(await settledSoon(save)).toBe(true);
	});

	it('saves at once when the page is really unloaded (a reload), without waiting a task', async () => {
		const browser = fakePage();
		const guard = guardPageLeave(browser.page);
		browser.hide();
		const early = guard.settled();
		let earlyDone = false;
		void early.then(() => (earlyDone = true));
		browser.unload();
		// Microtasks only, no timer: the page's last task is still running
		for (let turn = 0; turn < 10; turn++) await Promise.resolve();
		expect(earlyDone, 'a save begun on visibilitychange goes on within pagehide').toBe(true);
		expect(await settledSoon(guard.settled())).toBe(true);
	});

	it('lets a tab that was only hidden save a task later', async () => {
		const browser = fakePage();
		const guard = guardPageLeave(browser.page);
		browser.hide();
		expect(await settledSoon(guard.settled())).toBe(true);
	});

	it('does nothing outside a browser', async () => {
		expect(await settledSoon(guardPageLeave(undefined).settled())).toBe(true);
	});
});
