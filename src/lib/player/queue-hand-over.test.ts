// @vitest-environment jsdom
// The queue's hand-over at the end of an article, driven through the controller with the fake engine.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeEngine, type FakeEngineOptions } from '$lib/testing/fake-speech-engine';
import { storyItems } from '$lib/testing/speech-factory';
import type { QueuedTitle, QueueLink } from './queue-hand-over.svelte';
import { ReadAloudController } from './read-aloud.svelte';
import type { SavedPlace } from './start-point';

const LONG = 120_000;
const NEXT: QueuedTitle = { id: 'tides', title: 'Tides of the Severn' };
const PREVIOUS: QueuedTitle = { id: 'harbour', title: 'The harbour wall' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A controller over the story with a queue that holds `next` after it (and `previous` before it). */
function queued({
	next = NEXT,
	previous = PREVIOUS,
	autoplay = false,
	saved = null,
	lang = 'en-GB',
	engine: engineOptions = {}
}: {
	next?: QueuedTitle | null;
	previous?: QueuedTitle | null;
	autoplay?: boolean;
	saved?: SavedPlace | null;
	lang?: string;
	engine?: FakeEngineOptions;
} = {}) {
	const engine = createFakeEngine(engineOptions);
	const opened: string[] = [];
	const calls: string[] = [];
	const handlers: Record<string, () => void> = {};
	const queue: QueueLink = {
		takeAutoplay: () => autoplay,
		finished: () => {
			calls.push('finished');
			return Promise.resolve(next);
		},
		step: (by) => Promise.resolve(by === 1 ? next : previous),
		open: (article) => void opened.push(article.id)
	};
	const items = storyItems();
	const controller = new ReadAloudController({
		lang,
		title: 'Voices at dawn',
		items,
		engine,
		surface: {
			showSentence: () => {},
			showWord: () => {},
			clear: () => {},
			blockInView: () => -1,
			isAt: () => true
		},
		platform: {
			connect: (controls) => {
				Object.assign(handlers, controls);
				return { setState: () => {}, disconnect: () => {} };
			},
			setPlaying: () => {}
		},
		memory: { readPlace: () => Promise.resolve(saved), savePlace: () => {}, saveVoice: () => {} },
		queue
	});
	const stop = controller.start();
	return { controller, engine, opened, calls, handlers, items, stop };
}

/** Runs timers and then the promises they settled (the queue answers asynchronously). */
async function wait(ms: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms);
	flushSync();
}

describe('the hand-over at the end of an article', () => {
	it('says "Next: <title>" with the voice and speed in use, then opens the next article', async () => {
		const { controller, engine, opened, calls } = queued();
		controller.setRate(1.5);
		controller.play();
		// In small steps: the announcement lasts a second at this speed, and the status is checked while it is said.
		await vi.waitFor(async () => {
			await wait(100);
			expect(engine.spoken.at(-1)).toBe('Next: Tides of the Severn');
		}, 10_000);
		expect(calls).toEqual(['finished']);
		expect(controller.status).toBe('Finished. Next: Tides of the Severn');
		const said = engine.requests.at(-1);
		expect(said).toMatchObject({ lang: 'en-GB', rate: 1.5 });
		expect(said?.voice?.name).toBe(controller.narrator.voice?.name);
		// Not before the announcement has ended.
		expect(opened).toEqual([]);
		await wait(LONG);
		expect(opened).toEqual(['tides']);
		expect(controller.status).toBe('Finished');
	});

	it("says it in the voice's language, and only the title in a language without cue words", async () => {
		for (const [lang, said] of [
			['fr-FR', 'Ensuite : Tides of the Severn'],
			['ru', 'Далее: Tides of the Severn'],
			['ko-KR', 'Tides of the Severn']
		]) {
			const { controller, engine, opened } = queued({ lang });
			controller.play();
			await vi.waitFor(async () => {
				await wait(LONG);
				expect(opened).toEqual(['tides']);
			});
			const announcement = engine.requests.at(-1);
			expect(announcement?.text, lang).toBe(said);
			expect(announcement?.lang).toBe(lang);
			controller.stop();
		}
	});

	it('at the end of the queue, says nothing more and opens nothing', async () => {
		const { controller, engine, opened, calls } = queued({ next: null });
		controller.play();
		await wait(LONG);
		await wait(LONG);
		expect(calls).toEqual(['finished']);
		expect(engine.spoken.some((text) => text.startsWith('Next:'))).toBe(false);
		expect(opened).toEqual([]);
		expect(controller.status).toBe('Finished');
	});

	it('with the sleep timer at "end of article", the article leaves the queue but nothing follows', async () => {
		const { controller, engine, opened, calls } = queued();
		controller.setSleepTimer('end-of-article');
		controller.play();
		await wait(LONG);
		await wait(LONG);
		expect(calls).toEqual(['finished']);
		expect(engine.spoken.some((text) => text.startsWith('Next:'))).toBe(false);
		expect(opened).toEqual([]);
	});

	it('Play or Stop during the announcement keeps the reader on this article', async () => {
		for (const press of ['play', 'stop'] as const) {
			const { controller, engine, opened } = queued();
			controller.play();
			await vi.waitFor(async () => {
				await wait(1000);
				expect(engine.spoken.at(-1)).toBe('Next: Tides of the Severn');
			});
			controller[press]();
			// Long past the announcement, well before the article (read again after Play) could end.
			await wait(5000);
			expect(opened, press).toEqual([]);
			expect(controller.status, press).not.toContain('Next:');
			expect(controller.state, press).toBe(press === 'play' ? 'playing' : 'idle');
		}
	});

	it('goes on when the engine loses the announcement’s end, within a bounded wait', async () => {
		const { controller, engine, opened, items } = queued();
		// Every item speaks; the next utterance, the announcement, starts and never ends.
		engine.queue(...items.map(() => 'speak' as const), 'no-end');
		controller.play();
		await vi.waitFor(async () => {
			await wait(1000);
			expect(engine.spoken.at(-1)).toBe('Next: Tides of the Severn');
		});
		expect(opened).toEqual([]);
		await wait(10_000);
		expect(opened).toEqual(['tides']);
	});

	it('a pause, or reading that never reached the end, hands over nothing', async () => {
		const { controller, opened, calls } = queued();
		controller.play();
		await wait(300);
		controller.pause();
		await wait(LONG);
		controller.stop();
		await wait(LONG);
		expect(calls).toEqual([]);
		expect(opened).toEqual([]);
	});
});

describe('the lock screen’s next and previous track', () => {
	it('move between queued articles, and between sentences when the queue has none that way', async () => {
		const { controller, engine, opened, handlers } = queued({ previous: null });
		controller.play();
		await wait(300);
		handlers.previous?.();
		await wait(300);
		expect(opened).toEqual([]);
		expect(engine.spoken.filter((text) => text === 'Voices at dawn').length).toBe(2);
		handlers.next?.();
		await wait(10);
		expect(opened).toEqual(['tides']);
		expect(controller.state).toBe('idle');
	});
});

describe('playing by itself after the hand-over', () => {
	it('starts at the saved place without a press', async () => {
		const saved = { block: 2, sentence: 1, quote: 'Prices rose by noon.' };
		const { controller, engine } = queued({ autoplay: true, saved });
		await wait(300);
		expect(controller.state).toBe('playing');
		expect(engine.spoken[0]).toBe('Prices rose by noon.');
	});

	it('starts a finished article from the top', async () => {
		const items = storyItems();
		const last = items.at(-1);
		if (!last) throw new Error('the story has items');
		const saved = { block: last.block, sentence: last.sentence, quote: last.text.slice(0, 40) };
		const { engine } = queued({ autoplay: true, saved });
		await wait(300);
		expect(engine.spoken[0]).toBe(items[0]?.text);
	});

	it('waits for a press, and says so, when the browser refuses to speak by itself', async () => {
		const { controller, engine } = queued({ autoplay: true, engine: { requireActivation: true } });
		await wait(300);
		expect(controller.state).toBe('paused');
		expect(controller.playLabel).toBe('Play');
		expect(controller.status).toBe(
			'Press Play to listen to “Voices at dawn”: this browser needs a press before it speaks.'
		);
		engine.activate();
		controller.play();
		await wait(300);
		expect(controller.state).toBe('playing');
	});

	it('does not play by itself when the page was opened without the queue asking', async () => {
		const { controller, engine } = queued({ autoplay: false });
		await wait(300);
		expect(controller.state).toBe('idle');
		expect(engine.spoken).toEqual([]);
	});
});
