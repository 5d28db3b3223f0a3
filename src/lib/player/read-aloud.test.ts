// @vitest-environment jsdom
// jsdom, so Svelte compiles for the client, where $effect runs (on the server build it never does).
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpeechItem } from '$lib/speech';
import { createFakeEngine, type FakeEngineOptions } from '$lib/testing/fake-speech-engine';
import { storyItems } from '$lib/testing/speech-factory';
import { ReadAloudController, speedLabel, type ReadingSurface } from './read-aloud.svelte';
import type { SavedPlace } from './start-point';

const LONG = 120_000;
/** Long enough for the fake engine (60 ms a character) to be inside the first item, not past it. */
const DURING_FIRST_ITEM = 300;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A controller over the story, with a surface, platform and memory that record what they are asked. */
function session({
	engine: engineOptions = {},
	saved = null,
	inView = -1
}: {
	engine?: FakeEngineOptions;
	saved?: SavedPlace | null;
	inView?: number;
} = {}) {
	const engine = createFakeEngine(engineOptions);
	const shown: string[] = [];
	const places: SavedPlace[] = [];
	const media: string[] = [];
	const awake: boolean[] = [];
	let cleared = 0;
	const surface: ReadingSurface = {
		showSentence: (item: SpeechItem) => void shown.push(item.text),
		showWord: () => {},
		clear: () => void (cleared += 1),
		blockInView: () => inView,
		isAt: (place) => place.block === saved?.block
	};
	const controller = new ReadAloudController({
		lang: 'en-GB',
		title: 'Voices at dawn',
		items: storyItems(),
		engine,
		surface,
		platform: {
			connect: () => ({
				setState: (state) => void media.push(state),
				disconnect: () => void media.push('gone')
			}),
			setPlaying: (on) => void awake.push(on)
		},
		memory: {
			readPlace: () => Promise.resolve(saved),
			savePlace: (place) => void places.push(place),
			saveVoice: () => {}
		}
	});
	const stop = controller.start();
	return { controller, engine, shown, places, media, awake, stop, cleared: () => cleared };
}

const wait = (ms: number) => {
	vi.advanceTimersByTime(ms);
	flushSync();
};

describe('ReadAloudController', () => {
	it('plays from the paragraph in view, highlights each sentence and saves the place', () => {
		const { controller, engine, shown, places, awake, media } = session({ inView: 1 });
		expect(controller.playLabel).toBe('Play');
		controller.play();
		wait(DURING_FIRST_ITEM);
		expect(controller.playLabel).toBe('Pause');
		expect(controller.status).toBe('Reading');
		expect(engine.spoken[0]).toBe('The market');
		expect(shown).toEqual(['The market']);
		expect(places.at(-1)).toMatchObject({ block: 1, quote: 'The market' });
		expect(awake.at(-1)).toBe(true);
		expect(media.at(-1)).toBe('playing');
	});

	it('pauses and resumes the same sentence from its start, releasing the screen meanwhile', () => {
		const { controller, engine, awake, media } = session();
		controller.play();
		wait(DURING_FIRST_ITEM);
		controller.toggle();
		flushSync();
		expect(controller.state).toBe('paused');
		expect(controller.playLabel).toBe('Resume');
		expect(controller.status).toBe('Paused');
		expect(awake.at(-1)).toBe(false);
		expect(media.at(-1)).toBe('paused');
		controller.toggle();
		wait(DURING_FIRST_ITEM);
		expect(engine.spoken).toEqual(['Voices at dawn', 'Voices at dawn']);
	});

	it('continues from the saved place while the reader is still there', async () => {
		const saved = { block: 2, sentence: 1, quote: 'Prices rose by noon.' };
		const { controller, engine } = session({ saved, inView: 0 });
		await vi.waitFor(() => expect(controller.playLabel).toBe('Continue listening'));
		controller.play();
		wait(DURING_FIRST_ITEM);
		expect(engine.spoken[0]).toBe('Prices rose by noon.');
	});

	it('moves by paragraph on the progress line: while playing at once, before playing where Play starts', () => {
		const { controller, engine } = session();
		expect(controller.blockCount).toBe(5);
		controller.seekBlock(3);
		flushSync();
		expect(controller.state).toBe('idle');
		expect(engine.spoken).toEqual([]);
		expect(controller.blockPosition).toBe(3);
		controller.play();
		wait(DURING_FIRST_ITEM);
		expect(engine.spoken).toEqual(['Fish came in at six.']);
		controller.seekBlock(1);
		wait(DURING_FIRST_ITEM);
		expect(engine.spoken.at(-1)).toBe('The harbour woke slowly.');
		expect(controller.blockPosition).toBe(1);
		expect(controller.sentencePosition).toEqual({ at: 2, of: 8 });
		controller.seekBlock(99);
		wait(DURING_FIRST_ITEM);
		expect(engine.spoken.at(-1)).toBe('Gulls circled the stalls.');
	});

	it('changes speed mid-sentence by saying the sentence again at the new speed, within 0.5–4×', () => {
		const { controller, engine } = session();
		controller.play();
		wait(DURING_FIRST_ITEM);
		controller.setRate(1.26);
		wait(10);
		expect(engine.requests.at(-1)).toMatchObject({ text: 'Voices at dawn', rate: 1.26 });
		controller.setRate(9);
		wait(10);
		expect(engine.requests.at(-1)?.rate).toBe(4);
		expect(speedLabel(1)).toBe('1.0×');
		expect(speedLabel(1.25)).toBe('1.25×');
		expect(speedLabel(0.7000001)).toBe('0.7×');
	});

	it('says Finished at the end of the article and clears the highlight', () => {
		const { controller, cleared } = session();
		const before = cleared();
		controller.play();
		wait(LONG);
		expect(controller.state).toBe('finished');
		expect(controller.status).toBe('Finished');
		expect(controller.playLabel).toBe('Play');
		expect(cleared()).toBeGreaterThan(before);
	});

	it('reports a voice that fails in words, and stops trying', () => {
		const { controller, engine } = session();
		engine.queue({ error: 'synthesis-failed' }, { error: 'synthesis-failed' }, { error: 'synthesis-failed' });
		controller.play();
		wait(LONG);
		expect(['error', 'paused']).toContain(controller.state);
		expect(controller.status).not.toBe('Reading');
		expect(controller.status.length).toBeGreaterThan(10);
		expect(controller.active).toBe(false);
	});

	it('keeps the place when the page is hidden and shows the sentence again when it comes back', () => {
		const { controller, places, shown } = session();
		controller.play();
		wait(DURING_FIRST_ITEM);
		const saves = places.length;
		controller.visibilityChanged(true);
		expect(places.length).toBe(saves + 1);
		expect(places.at(-1)?.quote).toBe('Voices at dawn');
		const showings = shown.length;
		controller.visibilityChanged(false);
		expect(shown.length).toBe(showings + 1);
		expect(controller.state).toBe('playing');
	});

	it('says a sleep timer once, until reading changes state', () => {
		const { controller } = session();
		controller.play();
		wait(DURING_FIRST_ITEM);
		controller.setSleepTimer(15);
		flushSync();
		expect(controller.status).toBe('Sleep timer: 15 minutes');
		controller.pause();
		flushSync();
		expect(controller.status).toBe('Paused');
	});

	it('leaves the media session and the screen when the session ends', () => {
		const { controller, media, awake, stop } = session();
		controller.play();
		wait(DURING_FIRST_ITEM);
		stop();
		expect(media.at(-1)).toBe('gone');
		expect(awake.at(-1)).toBe(false);
	});
});
