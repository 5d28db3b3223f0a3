// Read-aloud as a state machine over speech items. It never trusts the engine to pause or to end: pause is
// cancel + remember the item, and the UtteranceRunner's watchdogs and generation numbers cover lost and late events.
import { systemClock, type Clock } from './clock';
import type { SpeechEngine, SpeechVoice } from './engine';
import { RATE_RANGE, SpeechPace, listeningEstimator, timeLeftMs } from './listening-time';
import * as nav from './navigation';
import { SleepTimer, type SleepSetting } from './sleep-timer.svelte';
import { speechError, type SpeechError, type SpeechErrorKind } from './speech-errors';
import type { SpeechItem } from './speech-items';
import { UtteranceRunner } from './utterance-runner';
import { parseTag } from './language-tags';
import { loadVoiceKnowledge } from './voice-data';
import type { RankedVoice } from './voice-ranking';
import { VoiceSelection } from './voice-selection.svelte';
import type { NarratorOptions, NarratorState } from './narrator-options';
import type { Lexicon } from '$lib/pronunciation/lexicon';

export type { NarratorOptions, NarratorState } from './narrator-options';

/** Items in a row that may fail before reading aloud gives up. */
const MAX_FAILURES = 3;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export class Narrator {
	#state = $state<NarratorState>('idle');
	#index = $state(0);
	#rate = $state(1);
	#pitch = $state(1);
	#error = $state<SpeechError | null>(null);
	#sleptOff = $state(false);
	readonly #engine: SpeechEngine;
	readonly #items: readonly SpeechItem[];
	readonly #options: NarratorOptions;
	readonly #clock: Clock;
	readonly #voices: VoiceSelection;
	readonly #runner: UtteranceRunner;
	readonly #sleep: SleepTimer;
	readonly #estimate: (fromIndex: number, rate: number) => number;
	readonly #stopListening: () => void;
	#failures = 0;
	#voicesWaited = false;
	/** Whether the engine's list has been read: until something needs a voice, a new list is not read. */
	#voicesRead = false;
	#voiceTimer: unknown = null;
	#knowledge: Promise<void> | null = null;
	#lexicon: Lexicon | null;
	/** Which utterance of the current item is being spoken: its cue, its text, or the cue after it. */
	#phase: 'cue' | 'text' | 'after' = 'text';
	#pauseTimer: unknown = null;
	readonly #pace = new SpeechPace();
	readonly #wordsFrom: number[];

	constructor(engine: SpeechEngine, items: SpeechItem[], options: NarratorOptions) {
		this.#engine = engine;
		this.#items = items;
		this.#options = options;
		this.#clock = options.clock ?? systemClock;
		this.#lexicon = options.lexicon ?? null;
		this.#voices = new VoiceSelection(options.lang, options.preferredVoice ?? null, {
			readerLanguages: options.readerLanguages ?? globalThis.navigator?.languages ?? []
		});
		this.#runner = new UtteranceRunner(engine, this.#clock, options.startTimeoutMs ?? 5000, {
			// Cues are heard, not shown: only the item's own text moves the highlight and saves the place.
			onStart: (item) => {
				if (this.#phase !== 'text') return;
				this.#pace.started(this.#index, item.words, this.#clock.now());
				options.onItemStart?.(item, this.#index);
			},
			onEnd: () => {
				this.#failures = 0;
				this.#nextPhase();
			},
			onWord: (item, charIndex, charLength) => {
				if (this.#phase === 'text') options.onWord?.(item, charIndex, charLength);
			},
			onFailure: (code) => this.#failed(code)
		});
		this.#sleep = new SleepTimer(this.#clock, () => {
			this.pause();
			this.#sleptOff = true;
		});
		this.#estimate = listeningEstimator(items);
		this.#wordsFrom = new Array<number>(items.length + 1).fill(0);
		for (let i = items.length - 1; i >= 0; i--)
			this.#wordsFrom[i] = (this.#wordsFrom[i + 1] ?? 0) + (items[i]?.words ?? 0);
		// The voices are read when first needed (`loadVoices`, or Play), not here: espeak-ng lists 13,362, and
		// reading and ranking them is a long task (longer on a phone) while the reader is still loading. A new list is read at once only once the old one is in use.
		this.#stopListening = engine.onVoicesChanged(() => {
			if (this.#voicesRead || this.#state === 'waiting-for-voices') this.#loadVoices();
		});
	}

	/**
	 * Reads the engine's voices if they have not been read yet: when the reader shows an intent to listen (the
	 * pointer or focus reaches the player) or opens the options, so the first word does not wait for them.
	 */
	loadVoices(): void {
		if (!this.#voicesRead) this.#loadVoices();
	}

	get state(): NarratorState {
		return this.#state;
	}
	get index(): number {
		return this.#index;
	}
	get current(): SpeechItem | null {
		return this.#items[this.#index] ?? null;
	}
	get rate(): number {
		return this.#rate;
	}
	get pitch(): number {
		return this.#pitch;
	}
	/** null means the engine's default voice for the language. */
	get voice(): SpeechVoice | null {
		return this.#voices.voice;
	}
	/** Voices for the article's language, best first. */
	get voices(): SpeechVoice[] {
		return this.#voices.ranked;
	}
	/** The same voices with labels ('Samantha (Enhanced)'), quality and whether they need a connection. */
	get voiceOptions(): RankedVoice[] {
		return this.#voices.options;
	}
	/** Resolves once the language's voice data (quality and labels) is applied, or known to be missing. */
	voiceDataLoaded(): Promise<void> {
		return this.#loadKnowledge();
	}
	get allVoices(): SpeechVoice[] {
		return this.#voices.all;
	}
	get error(): string | null {
		return this.#error?.message ?? null;
	}
	get errorKind(): SpeechErrorKind | null {
		return this.#error?.kind ?? null;
	}
	/** Worth saying but not an error, e.g. "No English voice is installed on this device…". */
	get notice(): string | null {
		return this.#voices.notice;
	}
	get sleep(): number | 'end-of-article' | null {
		return this.#sleep.remaining;
	}
	/** True while paused because the sleep timer ran out (until the next play or stop). */
	get pausedBySleep(): boolean {
		return this.#sleptOff && this.#state === 'paused';
	}

	/** Reads from `fromIndex`, else from the current item (from the start again once finished). */
	play(fromIndex?: number): void {
		if (this.#items.length === 0) return void (this.#state = 'finished');
		if (fromIndex !== undefined) this.#index = this.#clampIndex(fromIndex);
		else if (this.#active) return;
		else if (this.#state === 'finished') this.#index = 0;
		this.#halt();
		this.#error = null;
		this.#sleptOff = false;
		this.#failures = 0;
		// Only when none came yet (Safari may have them without a voiceschanged): reading and ranking 13,000
		// voices, and the options re-rendering, would stand between the press and the first word.
		if (!this.#voicesRead || this.#voices.all.length === 0) this.#loadVoices();
		if (this.#voices.all.length > 0 || this.#voicesWaited) return this.#speak();
		this.#state = 'waiting-for-voices';
		this.#voiceTimer = this.#clock.setTimeout(() => {
			this.#voicesWaited = true;
			this.#speak();
		}, this.#options.voiceWaitMs ?? 5000);
	}

	/** Stops speech and remembers the item; never engine.pause(), which is cancel() with no `end` on Android. */
	pause(): void {
		if (!this.#active) return;
		this.#halt();
		this.#state = 'paused';
	}

	/** Re-speaks the current item from its start. */
	resume(): void {
		if (this.#state === 'paused') this.play();
	}

	toggle(): void {
		if (this.#active) this.pause();
		else this.play();
	}

	/** Ends the session: quiet, idle, sleep timer off; the index stays for a later play(). */
	stop(): void {
		this.#halt();
		this.#state = 'idle';
		this.#error = null;
		this.#sleptOff = false;
		this.#sleep.clear();
	}

	nextSentence = (): void => this.#go(nav.nextSentenceIndex(this.#items, this.#index));
	previousSentence = (): void => this.#go(nav.previousSentenceIndex(this.#items, this.#index));
	nextBlock = (): void => this.#go(nav.nextBlockIndex(this.#items, this.#index));
	previousBlock = (): void => this.#go(nav.previousBlockIndex(this.#items, this.#index));

	/** Moves to an item; speech carries on from there when playing. */
	seek(index: number): void {
		this.#index = this.#clampIndex(index);
		if (this.#state === 'playing') this.#restart();
		else if (this.#state === 'finished') this.#state = 'paused';
	}

	setRate(rate: number): void {
		const clamped = clamp(rate, RATE_RANGE.min, RATE_RANGE.max);
		if (!Number.isFinite(rate) || clamped === this.#rate) return;
		this.#rate = clamped;
		this.#pace.reset();
		this.#restart();
	}

	setPitch(pitch: number): void {
		if (!Number.isFinite(pitch) || clamp(pitch, 0.5, 2) === this.#pitch) return;
		this.#pitch = clamp(pitch, 0.5, 2);
		this.#restart();
	}

	setVoice(voice: SpeechVoice | null): void {
		this.#voices.choose(voice);
		this.#pace.reset();
		this.#restart();
	}

	/**
	 * Speaks a short sample with `voice` ("Try this voice"), stopping the reading first; the voice in use does
	 * not change. Sample text from @readium/speech's data for the language, else the voice's own name.
	 */
	sampleVoice(voice: SpeechVoice): void {
		this.#sayAside(this.#voices.sampleText(voice), voice.lang, voice);
	}

	/**
	 * A pronunciation being tried before it is kept: said as the reading would say it (its voice, speed and
	 * pitch) when it is for the article's language, else by the engine's voice for its own; the reading pauses.
	 */
	tryPronunciation(text: string, lang: string): void {
		const same = parseTag(lang).language === parseTag(this.#options.lang).language;
		this.#sayAside(text, same ? (this.voice?.lang ?? lang) : lang, same ? this.voice : null);
	}

	/** Something said apart from the article: the reading pauses first, so the two never overlap. */
	#sayAside(text: string, lang: string, voice: SpeechVoice | null): void {
		this.pause();
		this.#engine.cancel();
		const quiet = () => undefined;
		this.#engine.speak(
			{ text, lang, voice, rate: this.#rate, pitch: this.#pitch },
			{ onStart: quiet, onEnd: quiet, onError: quiet, onBoundary: quiet }
		);
	}

	/** New pronunciation rules, heard from the next sentence on. */
	setLexicon(lexicon: Lexicon | null): void {
		this.#lexicon = lexicon;
	}

	setSleepTimer(minutes: SleepSetting): void {
		this.#sleep.set(minutes);
	}

	/** Estimated ms of listening from an item to the end, at the current rate. */
	listeningMsRemaining(fromIndex: number = this.#index): number {
		return this.#estimate(fromIndex, this.#rate);
	}

	/**
	 * Ms left from the current item at the pace the voice has really kept over the last few sentences (see
	 * SpeechPace), else at the nominal pace for the rate. Not reactive to the pace: read it when showing it.
	 */
	measuredMsRemaining(): number {
		return timeLeftMs(this.#wordsFrom[this.#index] ?? 0, this.#pace.wordsPerSecond, this.#rate);
	}

	dispose(): void {
		this.#stopListening();
		if (this.#active) this.#halt();
		this.#sleep.clear();
		this.#state = 'idle';
	}

	get #active(): boolean {
		return this.#state === 'playing' || this.#state === 'waiting-for-voices';
	}

	#clampIndex(index: number): number {
		return clamp(Math.trunc(index) || 0, 0, Math.max(0, this.#items.length - 1));
	}

	#loadKnowledge(): Promise<void> {
		this.#knowledge ??= (this.#options.loadVoiceKnowledge ?? loadVoiceKnowledge)(this.#options.lang).then(
			(knowledge) => this.#voices.setKnowledge(knowledge),
			(error: unknown) => {
				// Without the data the device's own order is used; reading aloud still works.
				console.warn('Voice data could not be loaded', error);
			}
		);
		return this.#knowledge;
	}

	#loadVoices(): void {
		void this.#loadKnowledge();
		this.#voicesRead = true;
		this.#voices.update(this.#engine.getVoices());
		if (this.#state === 'waiting-for-voices' && this.#voices.all.length > 0) this.#speak();
	}

	#halt(): void {
		this.#clearVoiceTimer();
		this.#clearPause();
		this.#runner.halt();
	}

	#clearPause(): void {
		if (this.#pauseTimer !== null) this.#clock.clearTimeout(this.#pauseTimer);
		this.#pauseTimer = null;
	}

	#clearVoiceTimer(): void {
		if (this.#voiceTimer !== null) this.#clock.clearTimeout(this.#voiceTimer);
		this.#voiceTimer = null;
	}

	#go(index: number): void {
		if (index < this.#items.length) return this.seek(index);
		this.#halt();
		this.#finish();
	}

	/** Changing voice, rate or pitch mid-item restarts it, so the new setting is heard at once. */
	#restart(): void {
		if (this.#state !== 'playing') return;
		this.#clearPause();
		this.#runner.halt();
		this.#speak();
	}

	/** Speaks the current item from its start: its cue first, when it has one. */
	#speak(): void {
		const item = this.#items[this.#index];
		if (!item) return this.#finish();
		this.#clearVoiceTimer();
		this.#state = 'playing';
		this.#phase = item.cue ? 'cue' : 'text';
		this.#speakPhase(item);
	}

	#speakPhase(item: SpeechItem): void {
		const switched = this.#voices.checkConnection(
			this.#options.isOnline?.() ?? globalThis.navigator?.onLine ?? true
		);
		if (switched) this.#options.onVoiceNotice?.(switched);
		const spoken =
			this.#phase === 'text' && this.#lexicon && this.#lexicon.size > 0
				? this.#lexicon.apply(item.text)
				: null;
		const settings = { voice: this.#voices.voice, rate: this.#rate, pitch: this.#pitch };
		const cue = this.#phase === 'cue' ? item.cue : this.#phase === 'after' ? item.cueAfter : undefined;
		if (cue) return this.#runner.speak({ ...item, text: cue }, settings);
		this.#runner.speak(item, settings, spoken?.replacements.length ? spoken : null);
	}

	/** After an utterance: the item's text after its cue, the cue after its text, else the next item. */
	#nextPhase(): void {
		const item = this.#items[this.#index];
		if (item && this.#phase === 'cue') this.#phase = 'text';
		else if (item && this.#phase === 'text' && item.cueAfter) this.#phase = 'after';
		else return this.#advance();
		this.#speakPhase(item);
	}

	/** On to the next item, after the silence that marks the break before it (a paragraph, a heading). */
	#advance(): void {
		if (this.#index + 1 >= this.#items.length) return this.#finish();
		this.#index++;
		const pause = this.#items[this.#index]?.pauseMs ?? 0;
		if (pause <= 0) return this.#speak();
		this.#pauseTimer = this.#clock.setTimeout(() => {
			this.#pauseTimer = null;
			this.#speak();
		}, pause);
	}

	#failed(code: string): void {
		const error = speechError(code);
		if (error.kind === 'not-allowed' || error.kind === 'interrupted') {
			// Needs the reader: a click for not-allowed, or a decision after another app took the speaker.
			this.#state = 'paused';
			this.#error = error;
			return;
		}
		// A cue that fails is only a cue: the text is still read.
		if (this.#phase !== 'text') return this.#nextPhase();
		this.#failures++;
		if (this.#failures < MAX_FAILURES) return this.#advance();
		this.#state = 'error';
		this.#error = error;
	}

	#finish(): void {
		this.#index = Math.max(0, this.#items.length - 1);
		this.#state = 'finished';
		if (this.#sleep.remaining === 'end-of-article') this.#sleep.clear();
	}
}
