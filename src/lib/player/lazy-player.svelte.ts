// The player as the page first shows it. Its controls answer from the start, but read-aloud's code (the
// controller, the narrator, the speech items and their worker: awake.ts) loads only on the reader's first sign
// of wanting to listen: the pointer or focus reaching the player, or a press. A press made before it has
// loaded is carried out once it has; a press that starts speech also unlocks speech at once, inside the press,
// for the browsers that speak only then (availability.ts).
import type { Article } from '$lib/article/types';
import { engage } from '$lib/engagement';
import { takeAutoplay, willAutoplay } from '$lib/queue/autoplay';
import { readMirror } from '$lib/settings/apply';
import { DEFAULT_SETTINGS } from '$lib/settings/model';
import { primeSpeech } from '$lib/speech/availability';
import { spokenBlocks } from '$lib/speech/spoken-blocks';
import type { AwakePlayer } from './awake';
import type { ReadAloudController } from './read-aloud.svelte';
import { readFromHere } from './read-from.svelte';

export interface LazyPlayerOptions {
	/** Loads read-aloud's code and wakes the player over the page (awake.ts). */
	load: () => Promise<AwakePlayer>;
	/** Whether read-aloud has a saved place in this article: Play then says "Continue listening". */
	hasSavedPlace: Promise<boolean>;
}

export class LazyPlayer {
	/** The player with its code loaded; null until the first sign of wanting to listen. */
	awake = $state.raw<AwakePlayer | null>(null);
	#waking: Promise<AwakePlayer | null> | null = null;
	#disposed = false;
	#saved = $state(false);
	#failure = $state('');
	/** Play was pressed and waits for the code: the control already shows Pause, as it will be. */
	#playing = $state(false);
	/** Where the progress line was moved to before the code had loaded (it moves there once it has). */
	#position = $state(0);
	/** The progress line's stops before the controller is there to count them (the same count). */
	readonly #blockCount: number;
	readonly #load: () => Promise<AwakePlayer>;
	readonly #articleId: string;

	constructor(article: Article, { load, hasSavedPlace }: LazyPlayerOptions) {
		this.#load = load;
		this.#articleId = article.id;
		const everything = (readMirror()?.settings.announce ?? DEFAULT_SETTINGS.announce) === 'everything';
		this.#blockCount = spokenBlocks(article, everything).length;
		void hasSavedPlace.then((saved) => (this.#saved = saved));
		readFromHere.connect((block) => this.#act((controller) => controller.readFrom(block), true));
		// Opened by the listening queue to play on: reading starts by itself, so its code is wanted now.
		if (willAutoplay(article.id)) void this.wake();
	}

	/** Loads read-aloud's code once; resolves with the awake player, or null if it failed (and says so). */
	wake(): Promise<AwakePlayer | null> {
		// Reaching for the player is the reader doing something: the place and the rules will be needed.
		engage();
		this.#waking ??= this.#load().then(
			(awake) => {
				if (this.#disposed) {
					awake.dispose();
					return null;
				}
				this.#failure = '';
				this.awake = awake;
				return awake;
			},
			() => {
				this.#waking = null;
				this.#playing = false;
				// A queue's request to play on is for this opening only, not for a later load that works.
				takeAutoplay(this.#articleId);
				this.#failure = 'Read-aloud did not load. Reload the page to try again.';
				return null;
			}
		);
		return this.#waking;
	}

	/** Carries out a press now if the code is there, else once it is; `speaks` unlocks speech inside the press. */
	#act(action: (controller: ReadAloudController) => void, speaks = false): void {
		const controller = this.awake?.controller;
		if (controller) return action(controller);
		if (speaks) primeSpeech();
		void this.wake().then((awake) => {
			if (awake) action(awake.controller);
		});
	}

	get controller(): ReadAloudController | null {
		return this.awake?.controller ?? null;
	}

	/** Playing, or about to: the one control then pauses. */
	get active(): boolean {
		return this.controller?.active ?? this.#playing;
	}

	get playLabel(): string {
		if (this.controller) return this.controller.playLabel;
		if (this.#playing) return 'Pause';
		return this.#saved ? 'Continue listening' : 'Play';
	}

	get status(): string {
		return this.controller?.status ?? this.#failure;
	}

	get blockCount(): number {
		return this.controller?.blockCount ?? this.#blockCount;
	}

	get blockPosition(): number {
		return this.controller?.blockPosition ?? this.#position;
	}

	/** Reading, with the sentence scrolled out of view by the reader: offer the way back to it. */
	get strayed(): boolean {
		const awake = this.awake;
		return awake !== null && !awake.follower.following && awake.controller.state === 'playing';
	}

	toggle = (): void => {
		if (this.controller) return this.controller.toggle();
		// Pressed again before the code came: the reader changed their mind, and nothing will play.
		if (this.#playing) {
			this.#playing = false;
			return;
		}
		this.#playing = true;
		this.#act((controller) => {
			const play = this.#playing;
			this.#playing = false;
			// Not into a page the reader has left while the code came (another app, the lock screen).
			if (play && !document.hidden) controller.play();
		}, true);
	};
	previousSentence = (): void => this.#act((controller) => controller.narrator.previousSentence());
	nextSentence = (): void => this.#act((controller) => controller.narrator.nextSentence());
	previousBlock = (): void => this.#act((controller) => controller.narrator.previousBlock());
	nextBlock = (): void => this.#act((controller) => controller.narrator.nextBlock());
	seekBlock = (position: number): void => {
		if (!this.controller) this.#position = Math.min(this.#blockCount - 1, Math.max(0, Math.round(position)));
		this.#act((controller) => controller.seekBlock(position));
	};

	/** Stops reading (Escape, the page hidden): a Play still waiting for the code will not start either. */
	stop = (): void => {
		this.#playing = false;
		this.controller?.stop();
	};

	backToCurrent = (): void => {
		const awake = this.awake;
		if (awake) awake.follower.follow(awake.highlighter.sentence, true);
	};

	dispose(): void {
		this.#disposed = true;
		readFromHere.connect(null);
		this.awake?.dispose();
		this.awake = null;
	}
}
