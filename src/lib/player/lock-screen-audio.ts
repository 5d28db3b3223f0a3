// Chrome on Android shows lock-screen and notification controls for a page's Media Session only while one of
// its media elements plays (for 5 seconds or more), never for speechSynthesis alone. There, and only there,
// Lectern plays a generated silent sound in a loop while reading aloud, so the controls appear; elsewhere it
// would only add a "playing audio" indicator (desktop) or risk taking the audio session from speech (iOS).

/** Seconds of silence in the loop; Chrome ignores media shorter than 5 s. */
const LOOP_SECONDS = 10;
const SAMPLE_RATE = 8000;

/** True where a playing media element is what makes the lock-screen controls appear: Android with Media Session. */
export function needsSilentAudio(nav: Navigator): boolean {
	if (!('mediaSession' in nav)) return false;
	const platform = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;
	return platform === 'Android' || /\bAndroid\b/.test(nav.userAgent);
}

/** A mono 8-bit PCM WAV of silence (unsigned samples: 128 is zero). */
export function silentWav(seconds = LOOP_SECONDS, sampleRate = SAMPLE_RATE): Blob {
	const samples = Math.round(seconds * sampleRate);
	const header = new DataView(new ArrayBuffer(44));
	const ascii = (offset: number, text: string) =>
		[...text].forEach((char, i) => header.setUint8(offset + i, char.charCodeAt(0)));
	ascii(0, 'RIFF');
	header.setUint32(4, 36 + samples, true);
	ascii(8, 'WAVE');
	ascii(12, 'fmt ');
	header.setUint32(16, 16, true); // fmt chunk size
	header.setUint16(20, 1, true); // PCM
	header.setUint16(22, 1, true); // mono
	header.setUint32(24, sampleRate, true);
	header.setUint32(28, sampleRate, true); // bytes per second
	header.setUint16(32, 1, true); // block align
	header.setUint16(34, 8, true); // bits per sample
	ascii(36, 'data');
	header.setUint32(40, samples, true);
	return new Blob([header.buffer, new Uint8Array(samples).fill(128)], { type: 'audio/wav' });
}

/**
 * The silent loop, kept in step with speech: playing while reading, paused otherwise. If the system pauses it
 * (a phone call, another app taking the audio), `onInterrupted` pauses the reading too.
 */
export class LockScreenAudio {
	#audio: HTMLAudioElement | null = null;
	#url = '';
	#wanted = false;
	readonly #onInterrupted: () => void;

	constructor(onInterrupted: () => void) {
		this.#onInterrupted = onInterrupted;
	}

	/** Follows the narrator: true while reading aloud. */
	set playing(value: boolean) {
		this.#wanted = value;
		if (value) void this.#start();
		else this.#audio?.pause();
	}

	async #start(): Promise<void> {
		if (!this.#audio) {
			this.#url = URL.createObjectURL(silentWav());
			this.#audio = new Audio(this.#url);
			this.#audio.loop = true;
			this.#audio.addEventListener('pause', () => {
				if (this.#wanted) this.#onInterrupted();
			});
		}
		try {
			await this.#audio.play();
		} catch (error) {
			// Refused (no user gesture yet, or a policy): speech goes on; only the lock-screen controls are missing.
			console.warn('The lock-screen audio could not play', error);
		}
	}

	dispose(): void {
		this.#wanted = false;
		this.#audio?.pause();
		this.#audio?.removeAttribute('src');
		if (this.#url) URL.revokeObjectURL(this.#url);
		this.#audio = null;
		this.#url = '';
	}
}
