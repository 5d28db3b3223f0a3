import { describe, expect, it } from 'vitest';
import { createBrowserEngine } from './browser-engine';

/** Stands in for SpeechSynthesisUtterance in Node, which has no speech API. */
class StubUtterance {
	lang = '';
	rate = 1;
	pitch = 1;
	voice: unknown = null;
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	onerror: ((event: { error: string }) => void) | null = null;
	onboundary: ((event: { name: string; charIndex: number; charLength?: number }) => void) | null = null;
	constructor(public text: string) {}
}

class StubSynth extends EventTarget {
	queued: StubUtterance[] = [];
	voices = [
		{ name: 'Daniel', lang: 'en-GB', localService: true, default: true, voiceURI: 'com.apple.daniel' },
		{ name: 'Google UK', lang: 'en-GB', localService: false, default: false, voiceURI: 'Google UK' }
	];
	getVoices = () => this.voices;
	speak = (utterance: StubUtterance) => this.queued.push(utterance);
	cancel = () => {};
}

function setUp() {
	const synth = new StubSynth();
	const engine = createBrowserEngine(
		synth as unknown as SpeechSynthesis,
		StubUtterance as unknown as typeof SpeechSynthesisUtterance
	);
	return { synth, engine };
}

describe('createBrowserEngine', () => {
	it('lists voices as plain data and hands the real voice object back when speaking', () => {
		const { synth, engine } = setUp();
		const voices = engine.getVoices();
		expect(voices[0]).toEqual({
			name: 'Daniel',
			lang: 'en-GB',
			localService: true,
			isDefault: true,
			voiceURI: 'com.apple.daniel'
		});
		const noop = { onStart() {}, onEnd() {}, onError() {}, onBoundary() {} };
		engine.speak({ text: 'Hi', lang: 'en-GB', voice: voices[1] ?? null, rate: 1.5, pitch: 1 }, noop);
		engine.speak({ text: 'Hi', lang: 'cy', voice: null, rate: 1, pitch: 1 }, noop);
		expect(synth.queued[0]?.voice).toBe(synth.voices[1]);
		expect(synth.queued[0]?.rate).toBe(1.5);
		expect(synth.queued[1]).toMatchObject({ lang: 'cy', voice: null });
	});

	it('reads each property of each browser voice once, however often the list is read and spoken with', () => {
		const { synth, engine } = setUp();
		let reads = 0;
		synth.voices = Array.from({ length: 800 }, (_, index) => {
			const voice = { name: `espeak ${index}`, lang: 'en', localService: true, default: false };
			return Object.defineProperty(voice, 'voiceURI', {
				get: () => {
					reads++;
					return `espeak-${index}`;
				}
			}) as (typeof synth.voices)[number];
		});
		const voices = engine.getVoices();
		const noop = { onStart() {}, onEnd() {}, onError() {}, onBoundary() {} };
		for (const index of [5, 799, 5])
			engine.speak({ text: 'Hi', lang: 'en', voice: voices[index] ?? null, rate: 1, pitch: 1 }, noop);
		expect(synth.queued.map((utterance) => utterance.voice)).toEqual([5, 799, 5].map((i) => synth.voices[i]));
		expect(reads).toBe(800);
	});

	it('passes on events, word boundaries only, with a missing charLength left undefined', () => {
		const { synth, engine } = setUp();
		const heard: string[] = [];
		engine.speak(
			{ text: 'Hello world', lang: 'en', voice: null, rate: 1, pitch: 1 },
			{
				onStart: () => heard.push('start'),
				onEnd: () => heard.push('end'),
				onError: (error) => heard.push(error),
				onBoundary: (index, length) => heard.push(`${index}:${length}`)
			}
		);
		const utterance = synth.queued[0];
		utterance?.onstart?.();
		utterance?.onboundary?.({ name: 'word', charIndex: 0, charLength: 5 });
		utterance?.onboundary?.({ name: 'sentence', charIndex: 0, charLength: 11 });
		utterance?.onboundary?.({ name: 'word', charIndex: 6 });
		utterance?.onerror?.({ error: 'interrupted' });
		expect(heard).toEqual(['start', '0:5', '6:undefined', 'interrupted']);
	});

	it('forwards voiceschanged until the listener is removed', () => {
		const { synth, engine } = setUp();
		let changes = 0;
		const stop = engine.onVoicesChanged(() => changes++);
		synth.dispatchEvent(new Event('voiceschanged'));
		stop();
		synth.dispatchEvent(new Event('voiceschanged'));
		expect(changes).toBe(1);
	});
});
