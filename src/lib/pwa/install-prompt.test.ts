import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { InstallPrompt } from './install-prompt.svelte';

/** app.html's one inline script, which runs while the page is parsed, long before the app starts. */
const PRE_PAINT_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';

/** A browser window as far as installing goes: events are dispatched by the test, as Chromium would. */
function fakeWindow() {
	const win = Object.assign(new EventTarget(), {
		lecternInstallOffer: undefined as Event | null | undefined,
		matchMedia: () => Object.assign(new EventTarget(), { matches: false }),
		navigator: { userAgent: 'Chromium', platform: 'Linux x86_64', maxTouchPoints: 0 },
		localStorage: { getItem: () => null },
		document: { documentElement: {} }
	});
	// The pre-paint script reads its globals (`window`, `addEventListener`, `localStorage`) from the window.
	const context = Object.assign(Object.create(null) as Record<string, unknown>, win, {
		window: win,
		addEventListener: win.addEventListener.bind(win)
	});
	runInNewContext(PRE_PAINT_SCRIPT, context);
	return win;
}

/** Chromium's offer: cancelable (its mini-infobar), with a prompt that records whether it was shown. */
function installOffer(outcome: 'accepted' | 'dismissed' = 'accepted') {
	let prompted = 0;
	const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
		prompt: async () => void prompted++,
		userChoice: Promise.resolve({ outcome })
	});
	return { event, prompts: () => prompted };
}

const started = (win: ReturnType<typeof fakeWindow>) => {
	const prompt = new InstallPrompt();
	const stop = prompt.start(win as unknown as Window);
	return { prompt, stop };
};

describe('InstallPrompt', () => {
	it('keeps an offer made before the app started, and offers it once the app starts', async () => {
		const win = fakeWindow();
		const { event, prompts } = installOffer();
		win.dispatchEvent(event);
		// Kept for the app, and the browser's own mini-infobar held back, as the app would
		expect(event.defaultPrevented).toBe(true);
		expect(win.lecternInstallOffer).toBe(event);

		const { prompt } = started(win);
		expect(prompt.canInstall).toBe(true);
		expect(win.lecternInstallOffer).toBeNull();
		expect(await prompt.install()).toBe('accepted');
		expect(prompts()).toBe(1);
		expect(prompt.canInstall).toBe(false);
	});

	it('takes an offer made after it started, and the pre-paint script keeps no copy of it', async () => {
		const win = fakeWindow();
		const { prompt } = started(win);
		expect(prompt.canInstall).toBe(false);
		const { event, prompts } = installOffer('dismissed');
		win.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
		expect(prompt.canInstall).toBe(true);
		expect(win.lecternInstallOffer).toBeNull();

		// Used once, whatever the reader chose: a second start finds no stale offer to prompt with
		expect(await prompt.install()).toBe('dismissed');
		expect(await prompt.install()).toBe('unavailable');
		const again = started(win);
		expect(again.prompt.canInstall).toBe(false);
		expect(prompts()).toBe(1);
	});

	it('forgets an offer once Lectern has been installed, and stops listening when stopped', () => {
		const win = fakeWindow();
		const { prompt, stop } = started(win);
		win.dispatchEvent(installOffer().event);
		win.dispatchEvent(new Event('appinstalled'));
		expect(prompt.canInstall).toBe(false);

		stop();
		win.dispatchEvent(installOffer().event);
		expect(prompt.canInstall).toBe(false);
	});
});
