import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UtteranceEvents } from '../speech/engine';
import { createFakeEngine } from './fake-speech-engine';

const wait = (ms: number) => vi.advanceTimersByTime(ms);

/** Events recorded as strings, e.g. 'start', 'word 0 5', 'end', 'error interrupted'. */
function recorder(): { heard: string[]; events: UtteranceEvents } {
	const heard: string[] = [];
	return {
		heard,
		events: {
			onStart: () => heard.push('start'),
			onEnd: () => heard.push('end'),
			onError: (error) => heard.push(`error ${error}`),
			onBoundary: (index, length) => heard.push(`word ${index} ${length}`)
		}
	};
}

const request = (text: string, rate = 1) => ({ text, lang: 'en', voice: null, rate, pitch: 1 });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createFakeEngine', () => {
	it('takes text.length × msPerChar / rate ms to speak, with a boundary per word', () => {
		const engine = createFakeEngine({ msPerChar: 100, startDelayMs: 0 });
		const { heard, events } = recorder();
		engine.speak(request('Hello there', 2), events);
		wait(549);
		expect(heard).toEqual(['start', 'word 0 5', 'word 6 5']);
		wait(1);
		expect(heard.at(-1)).toBe('end');
		expect(engine.spoken).toEqual(['Hello there']);
	});

	it('brings voices late, or never', () => {
		const late = createFakeEngine({ voicesAfterMs: 4000 });
		const never = createFakeEngine({ voicesAfterMs: 'never' });
		let changes = 0;
		late.onVoicesChanged(() => changes++);
		never.onVoicesChanged(() => changes++);
		expect(late.getVoices()).toEqual([]);
		wait(60_000);
		expect(late.getVoices().length).toBeGreaterThan(0);
		expect(never.getVoices()).toEqual([]);
		expect(changes).toBe(1);
	});

	it('loses the end of long utterances and stays stuck until cancel (Chrome network voices)', () => {
		const engine = createFakeEngine({ maxUtteranceMs: 15_000, msPerChar: 100 });
		const first = recorder();
		const second = recorder();
		engine.speak(request('x'.repeat(200)), first.events);
		engine.speak(request('short'), second.events);
		wait(60_000);
		expect(first.heard).toEqual(['start', 'word 0 200']);
		expect(second.heard).toEqual([]);
		engine.cancel();
		wait(100);
		expect(second.heard).toEqual(['error canceled']);
	});

	it('sends interrupted and canceled late, after cancel() has returned', () => {
		const engine = createFakeEngine({ cancelEventDelayMs: 300 });
		const speaking = recorder();
		const queued = recorder();
		engine.speak(request('Speaking now'), speaking.events);
		engine.speak(request('Waiting'), queued.events);
		wait(100);
		engine.cancel();
		expect(speaking.heard).toEqual(['start', 'word 0 8']);
		wait(300);
		expect(speaking.heard.at(-1)).toBe('error interrupted');
		expect(queued.heard).toEqual(['error canceled']);
	});

	it('refuses to speak before activation, and follows a script of outcomes', () => {
		const engine = createFakeEngine({ requireActivation: true, boundaries: 'none' });
		const refused = recorder();
		engine.speak(request('Hi'), refused.events);
		wait(100);
		expect(refused.heard).toEqual(['error not-allowed']);
		engine.activate();
		engine.queue({ error: 'synthesis-failed', afterStart: true }, 'silent');
		const failed = recorder();
		const silent = recorder();
		engine.speak(request('Hi'), failed.events);
		engine.speak(request('Hi'), silent.events);
		wait(10_000);
		expect(failed.heard).toEqual(['start', 'error synthesis-failed']);
		expect(silent.heard).toEqual([]);
	});
});
