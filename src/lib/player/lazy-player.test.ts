// @vitest-environment jsdom
// jsdom, so Svelte compiles for the client, where $effect runs (on the server build it never does).
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Follower, Highlighter } from '$lib/highlight';
import { createFakeEngine } from '$lib/testing/fake-speech-engine';
import { playWhenOpened, willAutoplay } from '$lib/queue/autoplay';
import { storyArticle, storyItems } from '$lib/testing/speech-factory';
import type { AwakePlayer } from './awake';
import { LazyPlayer } from './lazy-player.svelte';
import { ReadAloudController } from './read-aloud.svelte';
import { readFromHere } from './read-from.svelte';

/** A press's silent unlock, as the browser's speech sees it. */
const unlocks: string[] = [];

beforeEach(() => {
	vi.useFakeTimers();
	unlocks.length = 0;
	vi.stubGlobal('speechSynthesis', {
		speak: (utterance: { text: string }) => unlocks.push(utterance.text),
		cancel: () => {}
	});
	vi.stubGlobal(
		'SpeechSynthesisUtterance',
		class {
			volume = 1;
			constructor(readonly text: string) {}
		}
	);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** A player whose code "loads" when the test says so, awake over the story with the fake engine. */
function lazyStory({ saved = false } = {}) {
	const engine = createFakeEngine();
	let release: (() => void) | null = null;
	let fail: (() => void) | null = null;
	let loads = 0;
	let disposed = 0;
	const wake = (): Promise<AwakePlayer> => {
		loads += 1;
		const controller = new ReadAloudController({
			lang: 'en-GB',
			title: 'Voices at dawn',
			items: storyItems(),
			engine,
			surface: { showSentence() {}, showWord() {}, clear() {}, blockInView: () => -1, isAt: () => false },
			platform: { connect: () => ({ setState() {}, disconnect() {} }), setPlaying() {} },
			memory: { readPlace: () => Promise.resolve(null), savePlace() {}, saveVoice() {} }
		});
		const stop = controller.start();
		const awake: AwakePlayer = {
			controller,
			follower: { following: true } as Follower,
			highlighter: {} as Highlighter,
			dispose: () => {
				disposed += 1;
				stop();
			}
		};
		return new Promise((resolve, reject) => {
			release = () => resolve(awake);
			fail = () => reject(new Error('offline'));
		});
	};
	const player = new LazyPlayer(storyArticle(), { load: wake, hasSavedPlace: Promise.resolve(saved) });
	const settle = async (ms = 0) => {
		await vi.advanceTimersByTimeAsync(ms);
		flushSync();
	};
	return {
		player,
		engine,
		loads: () => loads,
		disposed: () => disposed,
		release: async () => {
			release?.();
			await settle();
		},
		fail: async () => {
			fail?.();
			await settle();
		},
		settle
	};
}

describe('LazyPlayer', () => {
	it('shows the bar before the code has loaded: Play, and the progress line over the blocks read aloud', async () => {
		const { player, loads, settle } = lazyStory();
		await settle();
		expect(player.playLabel).toBe('Play');
		expect(player.active).toBe(false);
		// The title, the standfirst, a heading and its paragraph, a heading and its paragraph, one more paragraph
		expect(player.blockCount).toBe(
			storyItems().filter((item, i, all) => all[i - 1]?.block !== item.block).length
		);
		expect(player.blockPosition).toBe(0);
		expect(player.status).toBe('');
		expect(loads()).toBe(0);
	});

	it('says "Continue listening" where read-aloud has a saved place', async () => {
		const { player, settle } = lazyStory({ saved: true });
		await settle();
		expect(player.playLabel).toBe('Continue listening');
	});

	it('a press before the code has loaded unlocks speech at once and plays once it has', async () => {
		const { player, engine, loads, release, settle } = lazyStory();
		player.toggle();
		expect(unlocks).toEqual([' ']);
		expect(loads()).toBe(1);
		expect(engine.spoken).toEqual([]);
		// The control answers at once: it is Pause while the code comes
		expect(player.playLabel).toBe('Pause');
		expect(player.active).toBe(true);
		await release();
		await settle(100);
		expect(engine.spoken[0]).toBe('Voices at dawn');
		expect(player.playLabel).toBe('Pause');
		// Awake, a press acts at once, with nothing more to unlock
		player.toggle();
		expect(player.playLabel).toBe('Resume');
		expect(unlocks).toEqual([' ']);
	});

	it('a second press before the code has loaded takes the first back: nothing plays', async () => {
		const { player, engine, release, settle } = lazyStory();
		player.toggle();
		player.toggle();
		expect(player.playLabel).toBe('Play');
		await release();
		await settle(100);
		expect(engine.spoken).toEqual([]);
		expect(player.playLabel).toBe('Play');
	});

	it('Escape (stop) while Play waits for the code takes the press back', async () => {
		const { player, engine, release, settle } = lazyStory();
		player.toggle();
		player.stop();
		expect(player.playLabel).toBe('Play');
		await release();
		await settle(100);
		expect(engine.spoken).toEqual([]);
	});

	it('loads the code once, however many signs come first, and carries out each press in order', async () => {
		const { player, engine, loads, release, settle } = lazyStory();
		void player.wake();
		void player.wake();
		player.seekBlock(2);
		player.seekBlock(3);
		// The progress line shows the move at once, not after the load
		expect(player.blockPosition).toBe(3);
		// Moving along the line is not listening: nothing is unlocked, nothing spoken
		expect(unlocks).toEqual([]);
		expect(loads()).toBe(1);
		await release();
		expect(player.blockPosition).toBe(3);
		expect(engine.spoken).toEqual([]);
		player.toggle();
		await settle(100);
		expect(engine.spoken[0]).toBe('Fish came in at six.');
	});

	it('"Read from here" before the code has loaded reads from that block once it has', async () => {
		const { engine, release, settle } = lazyStory();
		readFromHere.request(2);
		expect(unlocks).toEqual([' ']);
		await release();
		await settle(100);
		expect(engine.spoken[0]).toBe('Fish came in at six.');
	});

	it('says so when the code does not load, and tries again at the next press', async () => {
		const { player, loads, fail, settle } = lazyStory();
		player.toggle();
		await fail();
		expect(player.status).toBe('Read-aloud did not load. Reload the page to try again.');
		expect(player.playLabel).toBe('Play');
		player.toggle();
		await settle();
		expect(loads()).toBe(2);
	});

	it("opened by the queue to play on, wakes at once; a load that fails drops the queue's request", async () => {
		playWhenOpened('story');
		const { loads, fail } = lazyStory();
		expect(loads()).toBe(1);
		await fail();
		// A later load that works must not start speaking with no press
		expect(willAutoplay('story')).toBe(false);
	});

	it('a page left while the code loads ends the session it would have started', async () => {
		const { player, disposed, release } = lazyStory();
		player.toggle();
		player.dispose();
		await release();
		expect(disposed()).toBe(1);
		expect(player.controller).toBeNull();
	});
});
