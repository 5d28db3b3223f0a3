// The read-aloud controller: one object that owns a reading session and wires the narrator to everything
// around it (the highlight and follow scrolling, the saved place, the media session, the wake lock). The
// player's components only render its state and send it intents; tests drive it with the fake engine.
// Each from its own module, not $lib/speech's index: that also carries the speech-item builder, and with it the
// article parser, which the reader page never needs (the items are cut in a worker).
import { untrack } from 'svelte';
import { systemClock, type Clock } from '$lib/speech/clock';
import type { SpeechEngine, SpeechVoice } from '$lib/speech/engine';
import { RATE_RANGE, shortTimeLeftLabel, timeLeftLabel } from '$lib/speech/listening-time';
import { Narrator } from '$lib/speech/narrator.svelte';
import type { SleepSetting } from '$lib/speech/sleep-timer.svelte';
import type { SpeechItem } from '$lib/speech/speech-items';
import type { VoiceChoice } from '$lib/speech/voices';
import { QueueHandOver, type QueueLink } from './queue-hand-over.svelte';
import { firstItemOf, itemOfPlace, type SavedPlace } from './start-point';
import { sleepStatus, statusFor } from './status';

/** What the controller shows on the page: the highlight, follow scrolling and where the reader is. */
export interface ReadingSurface {
	/** The sentence now spoken: highlight it and keep it in view. */
	showSentence(item: SpeechItem): void;
	/** A word of it, as offsets into `item.text` (engines that send word boundaries). */
	showWord(item: SpeechItem, charIndex: number, charLength: number): void;
	/** Reading stopped: no highlight, and following starts afresh next time. */
	clear(): void;
	/** The block the reader is at (-1 for the title), where Play starts when nothing was saved there. */
	blockInView(): number;
	/** Whether the reader is still at the saved place (its sentence on screen, nothing else chosen). */
	isAt(place: SavedPlace): boolean;
}

/** The system around the page: the lock screen's controls, the screen's wake lock, a silent media loop. */
export interface PlaybackPlatform {
	/** Connects media keys and the lock screen on the first play; returns how to report state and leave. */
	connect(controls: { play(): void; pause(): void; previous(): void; next(): void; stop(): void }): {
		setState(state: MediaSessionPlaybackState): void;
		disconnect(): void;
	};
	/** Reading started or stopped: keep the screen on (and the silent loop that holds the lock screen) or not. */
	setPlaying(playing: boolean): void;
}

/** Where the reading place and the voice chosen for a language are kept. */
export interface ReadingMemory {
	readPlace(): Promise<SavedPlace | null>;
	savePlace(place: SavedPlace): void;
	saveVoice(voice: SpeechVoice): void;
}

export interface ReadAloudOptions {
	lang: string;
	title: string;
	items: SpeechItem[];
	engine: SpeechEngine;
	surface: ReadingSurface;
	platform: PlaybackPlatform;
	memory: ReadingMemory;
	preferredVoice?: VoiceChoice | null;
	clock?: Clock;
	/** Said once in the app's status region: the chosen voice needs a connection and another was used. */
	onNotice?: (message: string) => void;
	/** The listening queue: what plays after this article, and the lock screen's next and previous track. */
	queue?: QueueLink;
}

/** The speeds a listener reaches in one tap; any other is a step of 0.1 on the slider (0.5–4×, RATE_RANGE). */
export const QUICK_SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;

/** "1.0×", "1.25×": how a speed is shown and spoken everywhere in the player. */
export function speedLabel(rate: number): string {
	const rounded = Math.round(rate * 100) / 100;
	return `${Number.isInteger(rounded * 10) ? rounded.toFixed(1) : rounded.toFixed(2)}×`;
}

export class ReadAloudController {
	readonly narrator: Narrator;
	readonly #items: readonly SpeechItem[];
	readonly #surface: ReadingSurface;
	readonly #platform: PlaybackPlatform;
	readonly #memory: ReadingMemory;
	readonly #title: string;
	/** The first item of each block, in order: the stops of the progress line. */
	readonly #blockStarts: number[];
	#saved = $state<SavedPlace | null>(null);
	#note = $state<string | null>(null);
	/** A block the reader moved to on the progress line before pressing Play. */
	#chosen: number | null = null;
	#media: ReturnType<PlaybackPlatform['connect']> | null = null;
	readonly #lang: string;
	readonly #queue: QueueHandOver | null;
	/** The state last seen, so only reading that runs to its end hands over to the queue. */
	#lastState = 'idle';
	/** The sleep timer was set to stop at the end of this article: no hand-over then. */
	#stopAtEnd = false;
	/** This session started by itself (the queue's hand-over); a browser that refuses gets a clear Play prompt. */
	#autoplayed = $state(false);
	#placeRead: Promise<void> = Promise.resolve();

	constructor(options: ReadAloudOptions) {
		this.#items = options.items;
		this.#surface = options.surface;
		this.#platform = options.platform;
		this.#memory = options.memory;
		this.#title = options.title;
		this.#lang = options.lang;
		this.#queue = options.queue
			? new QueueHandOver(options.queue, options.engine, options.clock ?? systemClock)
			: null;
		this.#blockStarts = options.items.flatMap((item, index) =>
			index === 0 || options.items[index - 1]?.block !== item.block ? [index] : []
		);
		this.narrator = new Narrator(options.engine, options.items, {
			lang: options.lang,
			clock: options.clock,
			preferredVoice: options.preferredVoice ?? null,
			onVoiceNotice: options.onNotice,
			onItemStart: (item) => {
				this.#surface.showSentence(item);
				if (item.chunk === 0) {
					const place = { block: item.block, sentence: item.sentence, quote: item.text.slice(0, 40) };
					this.#memory.savePlace(place);
				}
			},
			onWord: (item, charIndex, charLength) => this.#surface.showWord(item, charIndex, charLength)
		});
	}

	/** Starts the session's reactions and reads the saved place; returns a function that ends the session. */
	start(): () => void {
		const stopEffects = $effect.root(() => {
			// A note (the sleep timer set) is said until reading changes state.
			$effect(() => {
				void this.narrator.state;
				this.#note = null;
			});
			$effect(() => this.#onState(this.narrator.state));
			$effect(() => {
				const voice = this.narrator.voice;
				if (voice) this.#memory.saveVoice(voice);
			});
		});
		const autoplay = this.#queue?.takeAutoplay() ?? false;
		this.#placeRead = this.#memory.readPlace().then((place) => {
			if (place) this.#saved = place;
			if (autoplay && this.narrator.state === 'idle') this.#playFromSaved(place);
		});
		return () => {
			this.#queue?.cancel();
			stopEffects();
			this.narrator.dispose();
			this.#media?.disconnect();
			this.#media = null;
			this.#surface.clear();
			this.#platform.setPlaying(false);
		};
	}

	/** Settles once the session has read the saved place, so a press waiting for it continues from there. */
	get started(): Promise<void> {
		return this.#placeRead;
	}

	get state() {
		return this.narrator.state;
	}

	/** Playing, or about to (waiting for the voices): the one control then pauses. */
	get active(): boolean {
		return this.narrator.state === 'playing' || this.narrator.state === 'waiting-for-voices';
	}

	/** The name of the play/pause control, which says what a press does. */
	get playLabel(): string {
		if (this.active) return 'Pause';
		// Speech refused until a press (autoplay): the press starts it, it resumes nothing.
		if (this.narrator.errorKind === 'not-allowed') return 'Play';
		if (this.narrator.state === 'paused') return 'Resume';
		if (this.#saved && this.narrator.state === 'idle') return 'Continue listening';
		return 'Play';
	}

	/** What the status region says: once per change of state, never once per sentence. */
	get status(): string {
		const next = this.#queue?.next;
		if (next) return `Finished. Next: ${next.title}`;
		if (this.#autoplayed && this.narrator.errorKind === 'not-allowed')
			return `Press Play to listen to “${this.#title}”: this browser needs a press before it speaks.`;
		return this.#note ?? statusFor(this.narrator);
	}

	get blockCount(): number {
		return this.#blockStarts.length;
	}

	/** The block being read (or where reading would resume), 0-based among the blocks read aloud. */
	get blockPosition(): number {
		const index = this.narrator.index;
		let position = 0;
		for (let at = 0; at < this.#blockStarts.length; at += 1) {
			if ((this.#blockStarts[at] ?? 0) <= index) position = at;
			else break;
		}
		return position;
	}

	/** "Sentence 12 of 48": sentences as the reader sees them, not the chunks a long one is cut into. */
	get sentencePosition(): { at: number; of: number } {
		let at = 0;
		let of = 0;
		this.#items.forEach((item, index) => {
			if (item.chunk !== 0) return;
			of += 1;
			if (index <= this.narrator.index) at = of;
		});
		return { at: Math.max(1, at), of };
	}

	/** "3 min left" for the bar, the same figure as `timeLeft`. */
	get shortTimeLeft(): string {
		void this.narrator.index;
		void this.narrator.rate;
		return shortTimeLeftLabel(this.narrator.measuredMsRemaining());
	}

	/** "About 3 min left at this speed", at the pace the voice has really kept (read when shown). */
	get timeLeft(): string {
		void this.narrator.index;
		void this.narrator.rate;
		return timeLeftLabel(this.narrator.measuredMsRemaining());
	}

	play = (): void => {
		this.#queue?.cancel();
		const narrator = this.narrator;
		const chosen = this.#chosen;
		this.#chosen = null;
		if (narrator.state === 'paused') return narrator.resume();
		if (this.active) return;
		if (chosen !== null) return narrator.play(chosen);
		const saved = this.#saved;
		if (saved && this.#surface.isAt(saved)) return narrator.play(itemOfPlace(this.#items, saved));
		narrator.play(firstItemOf(this.#items, this.#surface.blockInView()));
	};

	pause = (): void => this.narrator.pause();

	toggle = (): void => (this.active ? this.pause() : this.play());

	stop = (): void => {
		this.#queue?.cancel();
		this.narrator.stop();
	};

	readFrom = (block: number): void => {
		this.#queue?.cancel();
		this.narrator.play(firstItemOf(this.#items, block));
	};

	/** Moves to the start of a block by its position on the progress line, playing on if playing. */
	seekBlock = (position: number): void => {
		const clamped = Math.min(this.#blockStarts.length - 1, Math.max(0, Math.round(position)));
		const index = this.#blockStarts[clamped] ?? 0;
		// Before reading, moving chooses where Play starts; it never starts speech on its own (a screen reader
		// user arrowing along the line would hear two voices at once).
		if (this.narrator.state === 'idle' || this.narrator.state === 'finished') this.#chosen = index;
		this.narrator.seek(index);
	};

	setRate = (rate: number): void => {
		const { min, max } = RATE_RANGE;
		this.narrator.setRate(Math.min(max, Math.max(min, Math.round(rate * 100) / 100)));
	};

	setSleepTimer = (setting: SleepSetting): void => {
		this.#stopAtEnd = setting === 'end-of-article';
		this.narrator.setSleepTimer(setting);
		this.#note = sleepStatus(setting);
	};

	/** The page was hidden (locked, another app) or shown again. */
	visibilityChanged = (hidden: boolean): void => {
		const item = this.narrator.current;
		if (!item || !this.active) return;
		// Hidden: a browser may end the speech with the page; the place is kept so Continue picks up here.
		if (hidden)
			this.#memory.savePlace({ block: item.block, sentence: item.sentence, quote: item.text.slice(0, 40) });
		// Shown: the view may have turned or resized while away; bring the sentence back into view.
		else this.#surface.showSentence(item);
	};

	#onState(state: string): void {
		const playing = state === 'playing';
		if (playing)
			this.#media ??= this.#platform.connect({
				play: this.play,
				pause: this.pause,
				previous: () => this.#track(-1),
				next: () => this.#track(1),
				stop: this.stop
			});
		this.#media?.setState(playing ? 'playing' : state === 'paused' ? 'paused' : 'none');
		this.#platform.setPlaying(playing);
		if (state === 'idle' || state === 'finished') this.#surface.clear();
		// Untracked: the voice and speed it reads are not what this reaction follows.
		if (state === 'finished' && this.#lastState === 'playing') untrack(() => this.#articleEnded());
		this.#lastState = state;
	}

	/** Read to its end: the queue's next article follows, unless the sleep timer was to stop here. */
	#articleEnded(): void {
		const goOn = !this.#stopAtEnd;
		this.#stopAtEnd = false;
		const { voice, rate, pitch } = this.narrator;
		void this.#queue?.articleEnded({ lang: this.#lang, voice, rate, pitch }, goOn);
	}

	/** Next or previous track (lock screen, media keys): between queued articles when there are any. */
	#track(by: -1 | 1): void {
		const sentence = by === 1 ? this.narrator.nextSentence : this.narrator.previousSentence;
		if (!this.#queue) return sentence();
		void this.#queue.step(by, sentence, () => this.narrator.stop());
	}

	/** Plays from the saved place, or from the start when there is none or it is the end (a finished article). */
	#playFromSaved(place: SavedPlace | null): void {
		const last = this.#items.length - 1;
		const index = place ? itemOfPlace(this.#items, place) : 0;
		this.#autoplayed = true;
		this.narrator.play(index >= last && last > 0 ? 0 : index);
	}

	/** The title the lock screen shows. */
	get title(): string {
		return this.#title;
	}
}
