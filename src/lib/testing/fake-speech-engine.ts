// A scriptable SpeechEngine that replays real browsers' quirks (see TESTING.md, "Real speech"). It has only
// type imports so it can also be bundled into a page through Playwright's addInitScript.
import type { Clock } from '../speech/clock';
import type { SpeechVoice, UtteranceEvents, UtteranceRequest } from '../speech/engine';
import type { FakeEngineOptions, FakeOutcome, FakeSpeechEngine } from './fake-speech-engine-options';

export type { FakeEngineOptions, FakeOutcome, FakeSpeechEngine } from './fake-speech-engine-options';

interface Utterance {
	request: UtteranceRequest;
	events: UtteranceEvents;
	outcome: FakeOutcome;
	timers: unknown[];
	started: boolean;
}

const defaultClock: Clock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

function voice(name: string, lang: string, localService = true, isDefault = false): SpeechVoice {
	return { name, lang, localService, isDefault, voiceURI: `fake:${name}` };
}

/** A small voice list like a Mac's with Chrome: local and network English, a novelty voice, French. */
export function fakeVoices(): SpeechVoice[] {
	return [
		voice('Daniel', 'en-GB', true, true),
		voice('Samantha', 'en-US'),
		voice('Google UK English Female', 'en-GB', false),
		voice('Bad News', 'en-US'),
		voice('Amélie', 'fr-CA')
	];
}

export function createFakeEngine(options: FakeEngineOptions = {}): FakeSpeechEngine {
	const clock = options.clock ?? defaultClock;
	const msPerChar = options.msPerChar ?? 60;
	const startDelay = options.startDelayMs ?? 10;
	const voiceList = options.voices ?? fakeVoices();
	const listeners = new Set<() => void>();
	const scripted: FakeOutcome[] = [];
	const waiting: Utterance[] = [];
	let voices = options.voicesAfterMs === undefined || options.voicesAfterMs === 0 ? voiceList : [];
	let current: Utterance | null = null;
	let activated = !options.requireActivation;
	const engine = { spoken: [] as string[], requests: [] as UtteranceRequest[], log: [] as string[] };

	const after = (u: Utterance, ms: number, run: () => void) =>
		u.timers.push(clock.setTimeout(run, Math.max(0, ms)));
	const stopTimers = (u: Utterance) => u.timers.splice(0).forEach((t) => clock.clearTimeout(t));
	const say = (u: Utterance, what: string) => engine.log.push(`${what} ${u.request.text}`);
	const duration = (u: Utterance) => (u.request.text.length * msPerChar) / u.request.rate;
	const words = (u: Utterance) => [...u.request.text.matchAll(/\S+/g)];

	function finish(u: Utterance, event: 'end' | 'none' | string) {
		stopTimers(u);
		if (event === 'end') {
			say(u, 'end');
			u.events.onEnd();
		} else if (event !== 'none') {
			say(u, `error ${event}`);
			u.events.onError(event);
		}
		if (current === u) current = null;
		startNext();
	}

	/** Schedules the utterance's boundary, end or error events from the moment it starts. */
	function play(u: Utterance) {
		if (options.boundaries !== 'none' && u.outcome !== 'silent')
			for (const word of words(u))
				after(u, (word.index * msPerChar) / u.request.rate, () =>
					u.events.onBoundary(word.index, options.boundaryCharLength === false ? undefined : word[0].length)
				);
		const cut = options.maxUtteranceMs ?? Infinity;
		const outcome = u.outcome;
		if (typeof outcome === 'object') after(u, duration(u) / 2, () => finish(u, outcome.error));
		else if (outcome === 'silent') after(u, duration(u), () => finish(u, 'none'));
		else if (outcome === 'no-end' || duration(u) > cut)
			after(u, Math.min(cut, duration(u)), () => stopTimers(u));
		else after(u, duration(u), () => finish(u, 'end'));
	}

	function begin(u: Utterance) {
		const outcome = u.outcome;
		if (typeof outcome === 'object' && !outcome.afterStart) return finish(u, outcome.error);
		if (outcome !== 'silent') {
			u.started = true;
			engine.spoken.push(u.request.text);
			say(u, 'start');
			u.events.onStart();
		}
		play(u);
	}

	function startNext() {
		if (current) return;
		const next = waiting.shift();
		if (!next) return;
		current = next;
		after(next, startDelay, () => begin(next));
	}

	function lateEvent(u: Utterance, event: string) {
		if (options.cancelEvents === 'none' || (options.cancelEvents === 'end' && event !== 'interrupted'))
			return;
		const name = options.cancelEvents === 'end' ? 'end' : event;
		clock.setTimeout(() => {
			say(u, name === 'end' ? 'end' : `error ${name}`);
			if (name === 'end') u.events.onEnd();
			else u.events.onError(name);
		}, options.cancelEventDelayMs ?? 30);
	}

	function dropAll(): Utterance[] {
		const dropped = [...(current ? [current] : []), ...waiting.splice(0)];
		dropped.forEach(stopTimers);
		current = null;
		return dropped;
	}

	if (typeof options.voicesAfterMs === 'number' && options.voicesAfterMs > 0)
		clock.setTimeout(() => fake.setVoices(voiceList), options.voicesAfterMs);

	const fake: FakeSpeechEngine = {
		...engine,
		get speaking() {
			return current !== null;
		},
		getVoices: () => [...voices],
		onVoicesChanged(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		speak(request, events) {
			engine.requests.push(request);
			engine.log.push(`speak ${request.text}`);
			const outcome: FakeOutcome = activated ? (scripted.shift() ?? 'speak') : { error: 'not-allowed' };
			const u: Utterance = { request, events, outcome, timers: [], started: false };
			if (!activated) return void after(u, 0, () => finish(u, 'not-allowed'));
			waiting.push(u);
			startNext();
		},
		cancel() {
			engine.log.push('cancel');
			for (const u of dropAll()) lateEvent(u, u.started ? 'interrupted' : 'canceled');
		},
		queue: (...outcomes) => void scripted.push(...outcomes),
		activate: () => void (activated = true),
		setVoices(next) {
			voices = next;
			engine.log.push('voiceschanged');
			listeners.forEach((listener) => listener());
		}
	};
	return fake;
}
