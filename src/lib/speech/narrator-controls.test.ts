import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeEngine } from '$lib/testing/fake-speech-engine';
import { Narrator } from './narrator.svelte';
import { narrateStory } from '$lib/testing/speech-factory';

const wait = (ms: number) => vi.advanceTimersByTime(ms);
const LONG = 120_000;
const DURING_SECOND_ITEM = 1000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Narrator controls', () => {
	it('plays from a given item, clamped to the article', () => {
		const { narrator, started } = narrateStory();
		narrator.play(4);
		wait(LONG);
		expect(started).toEqual([4, 5, 6, 7]);
		narrator.play(99);
		expect(narrator.current?.text).toBe('Gulls circled the stalls.');
	});

	it('skips by sentence and by block, going back to the start of a block first', () => {
		const { engine, narrator } = narrateStory();
		const lastSpoken = () => engine.requests.at(-1)?.text;
		narrator.play();
		wait(DURING_SECOND_ITEM);
		narrator.nextSentence();
		expect(lastSpoken()).toBe('Boats knocked together.');
		narrator.nextBlock();
		expect(lastSpoken()).toBe('The market');
		narrator.nextBlock();
		narrator.nextSentence();
		expect(lastSpoken()).toBe('Prices rose by noon.');
		narrator.previousBlock();
		expect(lastSpoken()).toBe('Fish came in at six.');
		narrator.previousBlock();
		expect(lastSpoken()).toBe('The market');
		narrator.previousSentence();
		expect(lastSpoken()).toBe('Boats knocked together.');
		narrator.previousBlock();
		expect(lastSpoken()).toBe('The harbour woke slowly.');
		narrator.previousBlock();
		narrator.previousBlock();
		expect(lastSpoken()).toBe('Voices at dawn');
		expect(narrator.state).toBe('playing');
	});

	it('moves without speaking while paused, and finishes when skipping past the end', () => {
		const { engine, narrator } = narrateStory();
		narrator.play();
		wait(DURING_SECOND_ITEM);
		narrator.pause();
		const requests = engine.requests.length;
		narrator.nextBlock();
		expect(narrator.current?.text).toBe('The market');
		expect(engine.requests).toHaveLength(requests);
		narrator.seek(7);
		narrator.nextSentence();
		expect(narrator.state).toBe('finished');
	});

	it('restarts the current sentence at once when the rate, pitch or voice changes, clamping rate and pitch', () => {
		const { engine, narrator } = narrateStory();
		narrator.play();
		wait(DURING_SECOND_ITEM);
		narrator.setRate(10);
		expect(narrator.rate).toBe(4);
		expect(engine.requests.at(-1)).toMatchObject({ text: 'The harbour woke slowly.', rate: 4 });
		narrator.setPitch(0.1);
		expect(engine.requests.at(-1)).toMatchObject({ text: 'The harbour woke slowly.', pitch: 0.5 });
		const samantha = narrator.voices.find((voice) => voice.name === 'Samantha') ?? null;
		narrator.setVoice(samantha);
		expect(engine.requests.at(-1)?.voice?.name).toBe('Samantha');
		narrator.setRate(Number.NaN);
		expect(narrator.rate).toBe(4);
		expect(engine.requests.filter((r) => r.text === 'The harbour woke slowly.')).toHaveLength(4);
	});

	it('keeps the reader’s remembered voice for the language', () => {
		const { narrator } = narrateStory({}, { preferredVoice: { name: 'Samantha', lang: 'en-US' } });
		narrator.loadVoices();
		expect(narrator.voice?.name).toBe('Samantha');
		expect(narrator.voices.map((voice) => voice.name)).toEqual([
			'Daniel',
			'Google UK English Female',
			'Samantha'
		]);
	});

	it('reads the engine’s voices only once they are wanted, and every new list after that', () => {
		const { engine, narrator } = narrateStory();
		const reads = vi.spyOn(engine, 'getVoices');
		// espeak-ng's 13,362 voices are a long task to read: not while the page loads, nor when they arrive
		engine.setVoices(engine.getVoices().slice(0, 2));
		reads.mockClear();
		expect(narrator.voices).toEqual([]);
		expect(reads).not.toHaveBeenCalled();

		narrator.loadVoices();
		narrator.loadVoices();
		expect(reads).toHaveBeenCalledTimes(1);
		expect(narrator.voices.map((voice) => voice.name)).toEqual(['Daniel', 'Samantha']);
		// In use now, so a changed list is read when it comes
		engine.setVoices([]);
		expect(reads).toHaveBeenCalledTimes(2);
		expect(narrator.voices).toEqual([]);
		// Play reads again when the list it has is empty
		narrator.play();
		expect(reads).toHaveBeenCalledTimes(3);
	});

	it('reads the voices on Play when nothing asked for them before', () => {
		const { engine, narrator } = narrateStory();
		narrator.play();
		expect(engine.requests[0]?.voice?.name).toBe('Daniel');
	});

	it('toggles between playing and paused, and stop keeps the place', () => {
		const { narrator } = narrateStory();
		narrator.toggle();
		expect(narrator.state).toBe('playing');
		wait(DURING_SECOND_ITEM);
		narrator.toggle();
		expect(narrator.state).toBe('paused');
		narrator.toggle();
		expect(narrator.state).toBe('playing');
		narrator.stop();
		expect(narrator.state).toBe('idle');
		expect(narrator.index).toBe(1);
	});

	it('pauses when the sleep timer runs out, counting down meanwhile', () => {
		const { narrator } = narrateStory();
		narrator.play();
		narrator.setSleepTimer(0.05);
		expect(narrator.sleep).toBe(3000);
		wait(1000);
		expect(narrator.sleep).toBe(2000);
		expect(narrator.pausedBySleep).toBe(false);
		wait(2000);
		expect(narrator.state).toBe('paused');
		expect(narrator.pausedBySleep).toBe(true);
		expect(narrator.sleep).toBeNull();
		narrator.play();
		expect(narrator.pausedBySleep).toBe(false);
	});

	it('shows an end-of-article sleep timer until reading finishes', () => {
		const { narrator } = narrateStory();
		narrator.setSleepTimer('end-of-article');
		narrator.play();
		expect(narrator.sleep).toBe('end-of-article');
		wait(LONG);
		expect(narrator.state).toBe('finished');
		expect(narrator.sleep).toBeNull();
	});

	it('estimates listening time at 150 words a minute times the rate', () => {
		const { narrator } = narrateStory();
		expect(narrator.listeningMsRemaining()).toBe((27 / 150) * 60_000);
		expect(narrator.listeningMsRemaining(7)).toBe((4 / 150) * 60_000);
		narrator.setRate(2);
		expect(narrator.listeningMsRemaining()).toBe((27 / 300) * 60_000);
	});

	it('stops listening to the engine once disposed', () => {
		const { engine, narrator } = narrateStory();
		narrator.play();
		narrator.dispose();
		engine.setVoices([]);
		expect(narrator.voices).toHaveLength(3);
		expect(narrator.state).toBe('idle');
		expect(engine.speaking).toBe(false);
	});

	it('finishes at once with nothing to read', () => {
		const narrator = new Narrator(createFakeEngine(), [], { lang: 'en' });
		narrator.play();
		expect(narrator.state).toBe('finished');
	});
});

describe('Narrator speed and time left', () => {
	it('measures the time left from the pace the voice really keeps', () => {
		// The fake speaks 120 ms a character at rate 1: about 80 words a minute, not the nominal 150.
		const { narrator, items } = narrateStory({ msPerChar: 120 });
		narrator.play();
		const nominal = narrator.measuredMsRemaining();
		wait(8000);
		const words = items.slice(narrator.index).reduce((sum, item) => sum + item.words, 0);
		expect(narrator.measuredMsRemaining()).not.toBe(nominal);
		expect(narrator.measuredMsRemaining()).toBeGreaterThan((words / 150) * 60_000);
	});
});
