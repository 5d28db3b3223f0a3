// The listening queue seen from the player: at the end of an article, "Next: <title>" is said with the voice
// and speed in use, in that voice's language ("Ensuite : <title>" after a French article; the title alone in a
// language Lectern has no words for), then the next article opens and plays; the lock screen's next and
// previous track move between queued articles. The queue itself ($lib/queue) is reached through a QueueLink.
import type { Clock } from '$lib/speech/clock';
import { nextCue } from '$lib/speech/cue-words';
import { loadCueWords } from '$lib/speech/load-cue-words';
import type { SpeechEngine, UtteranceRequest } from '$lib/speech/engine';

/** An article in the queue, as the hand-over needs it. */
export interface QueuedTitle {
	id: string;
	title: string;
}

/** The listening queue around the open article: page-bindings gives the real one, tests a recording one. */
export interface QueueLink {
	/** Whether a press (in the library, or the last article's hand-over) asked this page to play at once. */
	takeAutoplay(): boolean;
	/** The article was read to its end: it leaves the queue. The next one, if any. */
	finished(): Promise<QueuedTitle | null>;
	/** The queued article after (+1) or before (-1) this one, made current; null when there is none. */
	step(by: -1 | 1): Promise<QueuedTitle | null>;
	/** Opens an article, which plays from its saved place (it takes the autoplay). */
	open(article: QueuedTitle): void;
}

/** The longest an announcement may take before the hand-over goes on without its `end` (lost by some engines). */
export function announcementLimitMs(text: string, rate: number): number {
	return 2000 + (text.length * 150) / rate;
}

export class QueueHandOver {
	readonly #link: QueueLink;
	readonly #engine: SpeechEngine;
	readonly #clock: Clock;
	/** The article announced and about to open; null when no hand-over is under way. */
	#next = $state<QueuedTitle | null>(null);
	/** Bumped by every cancel, so a hand-over overtaken by the reader (Play, Stop, leaving) does nothing more. */
	#run = 0;

	constructor(link: QueueLink, engine: SpeechEngine, clock: Clock) {
		this.#link = link;
		this.#engine = engine;
		this.#clock = clock;
	}

	get next(): QueuedTitle | null {
		return this.#next;
	}

	takeAutoplay(): boolean {
		return this.#link.takeAutoplay();
	}

	/**
	 * The article ended, so it leaves the queue. Unless `goOn` is false (the sleep timer stops here), what comes
	 * next is said with `voice` (the reading's own settings) and then opened.
	 */
	async articleEnded(voice: Omit<UtteranceRequest, 'text'>, goOn = true): Promise<void> {
		const run = ++this.#run;
		const next = await this.#link.finished();
		if (!next || !goOn || run !== this.#run) return;
		this.#next = next;
		const words = await loadCueWords(voice.lang).catch(() => null);
		if (run !== this.#run) return;
		await this.#say({ ...voice, text: words ? nextCue(words, next.title) : next.title });
		if (run !== this.#run) return;
		this.#next = null;
		this.#link.open(next);
	}

	/** Next or previous track: the queued article that way, else `fallback` (a sentence, as without a queue). */
	async step(by: -1 | 1, fallback: () => void, leaving: () => void): Promise<void> {
		const run = ++this.#run;
		const target = await this.#link.step(by);
		if (run !== this.#run) return;
		if (!target) return fallback();
		leaving();
		this.#link.open(target);
	}

	/** The reader took over (Play, Stop, left the page): no announcement, no page change. */
	cancel(): void {
		this.#run++;
		if (this.#next === null) return;
		this.#next = null;
		this.#engine.cancel();
	}

	#say(request: UtteranceRequest): Promise<void> {
		return new Promise((resolve) => {
			const done = () => {
				this.#clock.clearTimeout(timer);
				resolve();
			};
			const timer = this.#clock.setTimeout(done, announcementLimitMs(request.text, request.rate));
			const quiet = () => {};
			this.#engine.speak(request, { onStart: quiet, onBoundary: quiet, onEnd: done, onError: done });
		});
	}
}
