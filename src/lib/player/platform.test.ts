import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectMediaSession } from './platform';

/** The browser's Media Session as far as Lectern uses it; `unsupported` actions throw, as Safari's do. */
function fakeMediaSession(unsupported: string[] = []) {
	const session = {
		metadata: null as { title: string } | null,
		playbackState: 'none' as MediaSessionPlaybackState,
		handlers: {} as Record<string, (() => void) | null>,
		setActionHandler(action: string, handler: (() => void) | null) {
			if (unsupported.includes(action)) throw new TypeError(`${action} is not supported`);
			session.handlers[action] = handler;
		}
	};
	vi.stubGlobal('navigator', { mediaSession: session });
	vi.stubGlobal(
		'MediaMetadata',
		class {
			title: string;
			constructor(init: { title: string }) {
				this.title = init.title;
			}
		}
	);
	return session;
}

const controls = () => ({ play: vi.fn(), pause: vi.fn(), previous: vi.fn(), next: vi.fn(), stop: vi.fn() });

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('connectMediaSession', () => {
	it('gives the system the title and every action, and tells it whether reading plays', () => {
		const session = fakeMediaSession();
		const player = controls();
		const link = connectMediaSession('Rafah crossing', player);
		expect(session.metadata?.title).toBe('Rafah crossing');
		expect(Object.keys(session.handlers).sort()).toEqual([
			'nexttrack',
			'pause',
			'play',
			'previoustrack',
			'stop'
		]);
		session.handlers.nexttrack?.();
		expect(player.next).toHaveBeenCalledOnce();
		link.setState('playing');
		expect(session.playbackState).toBe('playing');
	});

	it('takes everything back when disconnected, so the keys cannot reach a player that is gone', () => {
		const session = fakeMediaSession();
		const player = controls();
		const link = connectMediaSession('Rafah crossing', player);
		link.setState('paused');
		link.disconnect();
		expect(session.metadata).toBeNull();
		expect(session.playbackState).toBe('none');
		expect(Object.values(session.handlers)).toEqual([null, null, null, null, null]);
	});

	it('keeps the actions a browser supports when it refuses one, and says so once', () => {
		const session = fakeMediaSession(['stop']);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const link = connectMediaSession('Rafah crossing', controls());
		expect(Object.keys(session.handlers).sort()).toEqual(['nexttrack', 'pause', 'play', 'previoustrack']);
		link.disconnect();
		expect(warn).toHaveBeenCalledOnce();
	});

	it('does nothing where there is no Media Session', () => {
		vi.stubGlobal('navigator', {});
		const link = connectMediaSession('Rafah crossing', controls());
		expect(() => {
			link.setState('playing');
			link.disconnect();
		}).not.toThrow();
	});
});
