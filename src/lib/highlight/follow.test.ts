import { describe, expect, it } from 'vitest';
import { Follower } from './follow.svelte';

/** A window that scrolls only when told: events are dispatched by the test, as the browser would. */
function fakeWindow() {
	const win = Object.assign(new EventTarget(), {
		scrollY: 0,
		innerHeight: 800,
		performance: { now: () => clock },
		setTimeout: () => 0,
		clearTimeout: () => undefined,
		matchMedia: () => ({ matches: true }),
		scrollTo: ({ top }: { top: number }) => {
			win.scrollY = top;
		},
		document: { documentElement: { scrollHeight: 100_000 } }
	});
	let clock = 10_000;
	const advance = (ms: number) => (clock += ms);
	return { win, advance, scroll: () => win.dispatchEvent(new Event('scroll')) };
}

/** A sentence whose box is at `top` in the window. */
const sentenceAt = (top: number) => ({ getBoundingClientRect: () => ({ top, bottom: top + 20 }) }) as Range;

describe('Follower', () => {
	it('leaves following on when the reader scrolls before anything is read', () => {
		const { win, scroll } = fakeWindow();
		const follower = new Follower(win as unknown as Window);
		follower.start();
		win.dispatchEvent(new Event('wheel'));
		scroll();
		expect(follower.following).toBe(true);
		// Play then starts from where the reader scrolled to, and the view follows it
		follower.follow(sentenceAt(700));
		expect(win.scrollY).toBe(700 - 800 * 0.3);
	});

	it('stops following when the reader scrolls away from the sentence, and starts again after a stop', () => {
		const { win, advance, scroll } = fakeWindow();
		const follower = new Follower(win as unknown as Window);
		follower.start();
		follower.follow(sentenceAt(300));
		advance(2000);
		win.dispatchEvent(new Event('wheel'));
		scroll();
		expect(follower.following).toBe(false);
		follower.reset();
		expect(follower.following).toBe(true);
		advance(2000);
		win.dispatchEvent(new Event('wheel'));
		scroll();
		expect(follower.following).toBe(true);
	});
});
