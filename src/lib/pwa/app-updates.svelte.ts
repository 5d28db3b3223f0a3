// The page's side of the service worker: register it with workbox-window, say when Lectern is ready offline,
// and offer an update when one is waiting. Never a silent reload: only the reader's "Reload" reloads.
import type { Workbox } from 'workbox-window';
import { afterPageLoad } from '$lib/idle';

export type UpdateState =
	'unsupported' | 'registering' | 'controlled' | 'update-ready' | 'updating' | 'failed';

export class AppUpdates {
	#state = $state<UpdateState>('registering');
	#offlineReady = $state(false);
	#online = $state(true);
	#error = $state<string | null>(null);
	#workbox: Workbox | null = null;
	#accepted = false;

	get state(): UpdateState {
		return this.#state;
	}
	/** True once, after the first install finished precaching: the app now works with no network. */
	get offlineReady(): boolean {
		return this.#offlineReady;
	}
	get online(): boolean {
		return this.#online;
	}
	get error(): string | null {
		return this.#error;
	}

	/** Starts watching the network and registers the worker; returns a function that stops watching. */
	start(win: Window = window): () => void {
		this.#online = win.navigator.onLine;
		const setOnline = () => (this.#online = win.navigator.onLine);
		win.addEventListener('online', setOnline);
		win.addEventListener('offline', setOnline);
		const checkForUpdate = () => {
			if (win.document.visibilityState === 'visible') void this.#workbox?.update();
		};
		win.document.addEventListener('visibilitychange', checkForUpdate);
		this.#register(win).catch((error: unknown) => {
			// Some windows block workers (private modes, policies); reading online still works, so say only that.
			console.warn('Service worker registration failed', error);
			this.#state = 'failed';
			this.#error =
				'Offline reading is not available in this browser window. Lectern works while you are online.';
		});
		return () => {
			win.removeEventListener('online', setOnline);
			win.removeEventListener('offline', setOnline);
			win.document.removeEventListener('visibilitychange', checkForUpdate);
		};
	}

	async #register(win: Window): Promise<void> {
		if (!('serviceWorker' in win.navigator)) {
			this.#state = 'unsupported';
			return;
		}
		// Registration waits for the page to load, so precaching never competes with the first paint.
		await afterPageLoad(win);
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox('/service-worker.js');
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => {
			this.#state = 'update-ready';
		});
		workbox.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.#offlineReady = true;
		});
		workbox.addEventListener('controlling', () => {
			// Only the reader's own "Reload" leads here with #accepted set; the reload happens once.
			if (this.#accepted) {
				this.#accepted = false;
				win.location.reload();
			}
		});
		await workbox.register();
		if (this.#state === 'registering') this.#state = 'controlled';
	}

	/** The reader chose to update: activate the waiting worker, then reload once into the new version. */
	acceptUpdate(beforeReload: () => Promise<void> = async () => {}): void {
		if (this.#state !== 'update-ready' || !this.#workbox) return;
		this.#state = 'updating';
		const workbox = this.#workbox;
		beforeReload()
			.catch((error: unknown) => console.warn('Saving before the update failed', error))
			.finally(() => {
				this.#accepted = true;
				workbox.messageSkipWaiting();
			});
	}
}
