// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps one state per page, so each test loads a fresh copy.
let engagement: typeof import('./engagement');
beforeEach(async () => {
	vi.resetModules();
	window.scrollY = 0;
	engagement = await import('./engagement');
});

const settled = async (promise: Promise<void>) => {
	let done = false;
	void promise.then(() => (done = true));
	await new Promise((resolve) => setTimeout(resolve, 0));
	return done;
};

function scrollTo(y: number): void {
	window.scrollY = y;
	window.dispatchEvent(new Event('scroll'));
}

describe('the reader engaging with the page', () => {
	it('waits while the page is only looked at', async () => {
		expect(await settled(engagement.whenEngaged())).toBe(false);
	});

	it.each(['pointerdown', 'keydown', 'wheel', 'focusin'])('settles at the first %s', async (type) => {
		const engaged = engagement.whenEngaged();
		document.body.dispatchEvent(new Event(type, { bubbles: true }));
		expect(await settled(engaged)).toBe(true);
		// Asked again later, it has already happened.
		expect(await settled(engagement.whenEngaged())).toBe(true);
	});

	it('settles at a scroll the reader makes, not one the page makes to restore their place', async () => {
		const engaged = engagement.whenEngaged();
		window.scrollY = 900;
		engagement.scrolledByPage();
		scrollTo(900);
		expect(await settled(engaged)).toBe(false);
		scrollTo(1000);
		expect(await settled(engaged)).toBe(true);
	});

	it('settles at once where the page was scrolled before this code loaded', async () => {
		window.scrollY = 400;
		expect(await settled(engagement.whenEngaged())).toBe(true);
	});

	it('settles at once where focus moved before this code loaded (a press on a control, a key)', async () => {
		document.body.innerHTML = '<button type="button">Text settings</button>';
		document.querySelector('button')?.focus();
		expect(await settled(engagement.whenEngaged())).toBe(true);
		document.body.innerHTML = '';
	});

	it('settles at once on a page the app navigated to (the reader pressed a link on another)', async () => {
		const loaded = [{ name: 'http://localhost:3000/library' }] as unknown as PerformanceEntryList;
		vi.spyOn(performance, 'getEntriesByType').mockReturnValue(loaded);
		expect(await settled(engagement.whenEngaged())).toBe(true);
		vi.restoreAllMocks();
	});

	it('waits on the page the browser loaded, whatever its fragment', async () => {
		const loaded = [{ name: `${location.href.split('#')[0]}#block-4` }] as unknown as PerformanceEntryList;
		vi.spyOn(performance, 'getEntriesByType').mockReturnValue(loaded);
		expect(await settled(engagement.whenEngaged())).toBe(false);
		vi.restoreAllMocks();
	});

	it('settles when asked to, e.g. for a Play from the lock screen', async () => {
		const engaged = engagement.whenEngaged();
		engagement.engage();
		expect(await settled(engaged)).toBe(true);
	});
});
