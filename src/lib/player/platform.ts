// The platform around read-aloud: lock-screen / hardware media keys (Media Session) and keeping the screen on
// while reading (Screen Wake Lock). Both are optional; where missing, nothing happens.

export interface MediaControls {
	play(): void;
	pause(): void;
	previous(): void;
	next(): void;
	stop(): void;
}

export interface MediaSessionLink {
	/** Tells the system whether reading is playing, paused or stopped. */
	setState(state: MediaSessionPlaybackState): void;
	/** Takes the title and every action away again, so the keys no longer reach a player that is gone. */
	disconnect(): void;
}

const MEDIA_ACTIONS = ['play', 'pause', 'previoustrack', 'nexttrack', 'stop'] as const;

export function connectMediaSession(title: string, controls: MediaControls): MediaSessionLink {
	const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
	if (!session || typeof MediaMetadata === 'undefined') return { setState: () => {}, disconnect: () => {} };
	session.metadata = new MediaMetadata({
		title,
		artist: 'Lectern',
		artwork: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' }
		]
	});
	const handlers: Record<(typeof MEDIA_ACTIONS)[number], () => void> = {
		play: controls.play,
		pause: controls.pause,
		previoustrack: controls.previous,
		nexttrack: controls.next,
		stop: controls.stop
	};
	const setHandlers = (connect: boolean) => {
		for (const action of MEDIA_ACTIONS) {
			try {
				session.setActionHandler(action, connect ? handlers[action] : null);
			} catch (error) {
				// Browsers throw for actions they do not support; the others still work.
				if (connect) console.warn(`Media Session action ${action} is not supported`, error);
			}
		}
	};
	setHandlers(true);
	return {
		setState: (state) => (session.playbackState = state),
		disconnect() {
			setHandlers(false);
			session.metadata = null;
			session.playbackState = 'none';
		}
	};
}

/** Keeps the screen awake while reading aloud; release() on pause. */
export class ScreenAwake {
	#lock: WakeLockSentinel | null = null;

	async hold(): Promise<void> {
		if (this.#lock || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
		try {
			this.#lock = await navigator.wakeLock.request('screen');
			this.#lock.addEventListener('release', () => (this.#lock = null));
		} catch (error) {
			// Refused when the page is hidden or by policy; reading goes on with the screen's own timeout.
			console.warn('Screen Wake Lock refused', error);
		}
	}

	async release(): Promise<void> {
		const lock = this.#lock;
		this.#lock = null;
		await lock?.release();
	}
}
