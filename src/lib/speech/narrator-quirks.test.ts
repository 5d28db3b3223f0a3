import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SPEECH_MESSAGES } from './speech-errors';
import { makeVoice, narrateStory } from '$lib/testing/speech-factory';

const wait = (ms: number) => vi.advanceTimersByTime(ms);
/** Longer than the whole story takes, watchdogs included. */
const LONG = 120_000;
// The story's second item, "The harbour woke slowly.", speaks from 860 ms to 2300 ms with the fake's defaults.
const DURING_SECOND_ITEM = 1000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Narrator on a well-behaved engine', () => {
	it('reads every item once, in order, in the article’s language with the best local voice, then finishes', () => {
		const { engine, narrator, started, texts } = narrateStory();
		narrator.play();
		expect(narrator.state).toBe('playing');
		wait(LONG);
		expect(engine.spoken).toEqual(texts);
		expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(narrator.state).toBe('finished');
		expect(engine.requests.every((r) => r.lang === 'en-GB' && r.voice?.name === 'Daniel')).toBe(true);
	});

	it('reports every word from boundary events', () => {
		const { narrator, words, texts } = narrateStory();
		narrator.play();
		wait(LONG);
		expect(words).toEqual(texts.flatMap((text) => text.split(' ')));
	});
});

describe('Narrator through the quirks of real engines', () => {
	it('waits for voices that arrive late, then speaks with the best of them', () => {
		const { engine, narrator } = narrateStory({ voicesAfterMs: 4000 });
		narrator.play();
		expect(narrator.state).toBe('waiting-for-voices');
		wait(3999);
		expect(engine.requests).toEqual([]);
		wait(20);
		expect(narrator.state).toBe('playing');
		expect(engine.spoken).toEqual(['Voices at dawn']);
		expect(narrator.voice?.name).toBe('Daniel');
	});

	it('speaks with the default voice after the wait when voices never come, and does not wait twice', () => {
		const { engine, narrator, texts } = narrateStory({ voicesAfterMs: 'never' });
		narrator.play();
		wait(4999);
		expect(narrator.state).toBe('waiting-for-voices');
		wait(1);
		expect(narrator.state).toBe('playing');
		wait(LONG);
		expect(engine.spoken).toEqual(texts);
		expect(engine.requests.every((r) => r.voice === null && r.lang === 'en-GB')).toBe(true);
		narrator.play();
		expect(narrator.state).toBe('playing');
	});

	it('switches to a real voice when voices arrive after it gave up waiting', () => {
		const { engine, narrator } = narrateStory({ voicesAfterMs: 8000 });
		narrator.play();
		wait(LONG);
		expect(engine.requests[0]?.voice).toBeNull();
		expect(engine.requests.at(-1)?.voice?.name).toBe('Daniel');
	});

	it('says so, and still reads with the default voice, when no voice speaks the article’s language', () => {
		const { engine, narrator, texts } = narrateStory({ voices: [makeVoice('Amélie', 'fr-CA')] });
		narrator.loadVoices();
		expect(narrator.notice).toBe(
			'No English voice is installed on this device. Lectern is using the browser’s default voice.'
		);
		narrator.play();
		wait(LONG);
		expect(engine.spoken).toEqual(texts);
		expect(narrator.voice).toBeNull();
		expect(narrator.error).toBeNull();
	});

	it('reads to the end without boundary events, reporting no words', () => {
		const { narrator, words } = narrateStory({ boundaries: 'none' });
		narrator.play();
		wait(LONG);
		expect(narrator.state).toBe('finished');
		expect(words).toEqual([]);
	});

	it('works out word lengths when boundary events lack charLength (Safari)', () => {
		const { narrator, words } = narrateStory({ boundaryCharLength: false });
		narrator.play();
		wait(LONG);
		expect(words.slice(0, 7)).toEqual(['Voices', 'at', 'dawn', 'The', 'harbour', 'woke', 'slowly']);
	});

	it('pauses by cancelling (engine pause is cancel on Android) and resumes the same sentence', () => {
		const { engine, narrator, texts } = narrateStory();
		narrator.play();
		wait(DURING_SECOND_ITEM);
		narrator.pause();
		expect(narrator.state).toBe('paused');
		wait(LONG);
		expect(engine.spoken).toEqual(texts.slice(0, 2));
		narrator.resume();
		wait(LONG);
		expect(engine.spoken).toEqual([texts[0], texts[1], ...texts.slice(1)]);
		expect(engine.log).toContain('cancel');
		expect(narrator.state).toBe('finished');
	});

	it('carries on to the next item when an end event is lost', () => {
		const { engine, narrator, texts } = narrateStory();
		engine.queue('speak', 'no-end');
		narrator.play();
		wait(9000);
		expect(narrator.index).toBe(1);
		wait(LONG);
		expect(engine.spoken).toEqual(texts);
		expect(narrator.state).toBe('finished');
		expect(narrator.error).toBeNull();
	});

	it('gives up with advice when an online voice keeps stopping without an end (Chrome, ~15 s)', () => {
		const { narrator } = narrateStory({ maxUtteranceMs: 1000 });
		narrator.play();
		wait(LONG);
		expect(narrator.state).toBe('error');
		expect(narrator.error).toBe(SPEECH_MESSAGES['lost-end']);
	});

	it('ignores interrupted and canceled events that arrive late after a skip', () => {
		const { engine, narrator, texts } = narrateStory({ cancelEventDelayMs: 400 });
		narrator.play();
		wait(DURING_SECOND_ITEM);
		narrator.nextSentence();
		wait(500);
		expect(engine.log).toContain('error interrupted The harbour woke slowly.');
		expect(narrator.state).toBe('playing');
		expect(narrator.index).toBe(2);
		wait(LONG);
		expect(engine.spoken).toEqual(texts);
		expect(narrator.error).toBeNull();
	});

	it('stays paused when a late end arrives after pausing', () => {
		const { engine, narrator } = narrateStory({ cancelEvents: 'end', cancelEventDelayMs: 400 });
		narrator.play();
		wait(DURING_SECOND_ITEM);
		narrator.pause();
		wait(LONG);
		expect(engine.log).toContain('end The harbour woke slowly.');
		expect(narrator.state).toBe('paused');
		expect(narrator.index).toBe(1);
	});

	it('pauses with a sentence to press Play again when speech is not allowed yet, then plays after a click', () => {
		const { engine, narrator, texts } = narrateStory({ requireActivation: true });
		narrator.play();
		wait(100);
		expect(narrator.state).toBe('paused');
		expect(narrator.error).toBe(
			'Your browser blocked speech until you interact with the page. Press Play again.'
		);
		engine.activate();
		narrator.play();
		expect(narrator.error).toBeNull();
		wait(LONG);
		expect(engine.spoken).toEqual(texts);
	});

	it('skips an item that fails once and stops with a message after three failures in a row', () => {
		const once = narrateStory();
		once.engine.queue({ error: 'synthesis-failed' });
		once.narrator.play();
		wait(LONG);
		expect(once.engine.spoken).toEqual(once.texts.slice(1));
		expect(once.narrator.state).toBe('finished');

		const thrice = narrateStory();
		thrice.engine.queue(...Array.from({ length: 3 }, () => ({ error: 'synthesis-failed' })));
		thrice.narrator.play();
		wait(LONG);
		expect(thrice.narrator.state).toBe('error');
		expect(thrice.narrator.error).toBe(SPEECH_MESSAGES['synthesis-failed']);
		expect(thrice.engine.requests.map((r) => r.text)).toEqual(thrice.texts.slice(0, 3));
	});

	it('retries an utterance that never starts once, then skips it', () => {
		const { engine, narrator, texts } = narrateStory();
		engine.queue('silent', 'silent');
		narrator.play();
		wait(LONG);
		expect(engine.requests.slice(0, 3).map((r) => r.text)).toEqual([texts[0], texts[0], texts[1]]);
		expect(engine.spoken).toEqual(texts.slice(1));
		expect(narrator.state).toBe('finished');
	});

	it('pauses with a message when another app interrupts speech, and resumes the same item', () => {
		const { engine, narrator, texts } = narrateStory();
		engine.queue('speak', { error: 'interrupted', afterStart: true });
		narrator.play();
		wait(LONG);
		expect(narrator.state).toBe('paused');
		expect(narrator.error).toBe(SPEECH_MESSAGES.interrupted);
		narrator.resume();
		wait(LONG);
		expect(engine.spoken).toEqual([texts[0], texts[1], ...texts.slice(1)]);
	});
});
