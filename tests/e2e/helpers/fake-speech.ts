// A scripted stand-in for the browser's Web Speech API, injected before the app runs (addInitScript), so the
// real app code — engine adapter, narrator, player, highlight — runs against speech that is fast and observable.
import type { Page } from '@playwright/test';

export interface FakeSpeechLog {
	/** Every utterance that started: its text, rate and voice name ('' for the default). */
	started: { text: string; rate: number; voice: string }[];
	/** The utterance speaking now, if any. */
	current: string | null;
	/** How many times the page asked for the voices. */
	voiceReads: number;
	/**
	 * Blank utterances spoken: the unlock a press makes while read-aloud's code is still loading. They say
	 * nothing, so they are not in `started`.
	 */
	unlocks: number;
	/**
	 * Set by a test: the next this many `speak()` calls are refused with `not-allowed`, as a browser refuses
	 * speech it does not count as started by a press (Chrome without user activation, Safari outside the tap).
	 */
	refuse: number;
}

export interface FakeSpeechOptions {
	/** How long each character takes at rate 1. Default 25 ms. */
	msPerChar?: number;
	/** Send word boundary events, as Chrome does on Windows and macOS (not on Linux). Default false. */
	boundaries?: boolean;
}

export async function installFakeSpeech(
	page: Page,
	{ msPerChar = 25, boundaries = false }: FakeSpeechOptions = {}
): Promise<void> {
	await page.addInitScript(
		({ msPerChar, boundaries }: Required<FakeSpeechOptions>) => {
			type Utterance = EventTarget & {
				text: string;
				lang: string;
				rate: number;
				pitch: number;
				voice: { name: string } | null;
				[handler: `on${string}`]: ((event: Event) => void) | null;
			};
			const log: FakeSpeechLog = { started: [], current: null, voiceReads: 0, unlocks: 0, refuse: 0 };
			(window as unknown as { __speech: FakeSpeechLog }).__speech = log;

			class FakeUtterance extends EventTarget {
				text: string;
				lang = '';
				rate = 1;
				pitch = 1;
				voice: { name: string } | null = null;
				onstart = null;
				onend = null;
				onerror = null;
				onboundary = null;
				constructor(text = '') {
					super();
					this.text = text;
				}
			}
			const fire = (utterance: Utterance, type: string, extra: object = {}) => {
				const event = Object.assign(new Event(type), extra);
				utterance[`on${type}`]?.(event);
				utterance.dispatchEvent(event);
			};
			const voices = [
				{
					name: 'Test voice (United Kingdom)',
					lang: 'en-GB',
					localService: true,
					default: true,
					voiceURI: 'test-gb'
				},
				{
					name: 'Test voice (United States)',
					lang: 'en-US',
					localService: true,
					default: false,
					voiceURI: 'test-us'
				},
				{
					name: 'Voix de test (France)',
					lang: 'fr-FR',
					localService: true,
					default: false,
					voiceURI: 'test-fr'
				}
			];
			const queue: Utterance[] = [];
			let speaking: Utterance | null = null;
			let timers: number[] = [];

			const next = () => {
				const utterance = queue.shift();
				speaking = utterance ?? null;
				log.current = null;
				if (!utterance) return;
				timers.push(
					window.setTimeout(() => {
						log.started.push({
							text: utterance.text,
							rate: utterance.rate,
							voice: utterance.voice?.name ?? ''
						});
						log.current = utterance.text;
						fire(utterance, 'start');
					}, 10)
				);
				if (boundaries) {
					for (const word of utterance.text.matchAll(/\S+/g)) {
						timers.push(
							window.setTimeout(
								// No charLength, as in Safari: the app measures the word itself.
								() => fire(utterance, 'boundary', { name: 'word', charIndex: word.index, charLength: 0 }),
								11 + (word.index * msPerChar) / utterance.rate
							)
						);
					}
				}
				timers.push(
					window.setTimeout(
						() => {
							fire(utterance, 'end');
							next();
						},
						10 + (utterance.text.length * msPerChar) / utterance.rate
					)
				);
			};

			const synth = Object.assign(new EventTarget(), {
				getVoices: () => {
					log.voiceReads++;
					return voices;
				},
				speak(utterance: Utterance) {
					if (log.refuse > 0) {
						log.refuse -= 1;
						window.setTimeout(() => fire(utterance, 'error', { error: 'not-allowed' }), 5);
						return;
					}
					if (utterance.text.trim() === '') {
						log.unlocks += 1;
						window.setTimeout(() => fire(utterance, 'end'), 0);
						return;
					}
					queue.push(utterance);
					if (!speaking) next();
				},
				cancel() {
					for (const timer of timers) clearTimeout(timer);
					timers = [];
					const cut = speaking;
					queue.length = 0;
					speaking = null;
					log.current = null;
					// Like Chrome: the cancelled utterance reports `interrupted`, late.
					if (cut) window.setTimeout(() => fire(cut, 'error', { error: 'interrupted' }), 5);
				},
				pause() {},
				resume() {}
			});
			Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: FakeUtterance });
		},
		{ msPerChar, boundaries }
	);
}

export function speechLog(page: Page): Promise<FakeSpeechLog> {
	return page.evaluate(() => structuredClone((window as unknown as { __speech: FakeSpeechLog }).__speech));
}

/** The text under a read-aloud highlight right now ('' when none): the sentence, or 'lectern-word'. */
export function highlighted(page: Page, name = 'lectern-sentence'): Promise<string> {
	return page.evaluate((name) => {
		const highlight = CSS.highlights?.get(name);
		const range = highlight ? [...highlight][0] : undefined;
		return range instanceof Range ? range.toString() : '';
	}, name);
}
