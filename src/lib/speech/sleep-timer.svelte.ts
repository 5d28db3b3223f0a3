import type { Clock } from './clock';

/** Minutes from now, the end of the article, or off. */
export type SleepSetting = number | 'end-of-article' | null;

/**
 * Stops read-aloud after a while. Minutes run on the wall clock from when the timer is set, paused or not,
 * like a bedside radio's sleep button; 'end-of-article' only shows the choice, since reading stops there anyway.
 */
export class SleepTimer {
	#endsAt = $state<number | null>(null);
	#endOfArticle = $state(false);
	// Updated every second so a displayed countdown re-renders; the getter itself reads the clock.
	#now = $state(0);
	#handle: unknown = null;
	readonly #clock: Clock;
	readonly #onExpire: () => void;

	constructor(clock: Clock, onExpire: () => void) {
		this.#clock = clock;
		this.#onExpire = onExpire;
	}

	/** Remaining ms, 'end-of-article', or null when off. */
	get remaining(): number | 'end-of-article' | null {
		if (this.#endOfArticle) return 'end-of-article';
		if (this.#endsAt === null) return null;
		return Math.max(0, this.#endsAt - Math.max(this.#now, this.#clock.now()));
	}

	set(setting: SleepSetting): void {
		this.clear();
		if (setting === 'end-of-article') this.#endOfArticle = true;
		else if (typeof setting === 'number' && Number.isFinite(setting) && setting > 0) {
			this.#endsAt = this.#clock.now() + setting * 60_000;
			this.#tick();
		}
	}

	clear(): void {
		if (this.#handle !== null) this.#clock.clearTimeout(this.#handle);
		this.#handle = null;
		this.#endsAt = null;
		this.#endOfArticle = false;
	}

	#tick(): void {
		this.#now = this.#clock.now();
		const left = this.remaining;
		if (typeof left !== 'number') return;
		if (left <= 0) {
			this.clear();
			this.#onExpire();
			return;
		}
		this.#handle = this.#clock.setTimeout(() => this.#tick(), Math.min(1000, left));
	}
}
