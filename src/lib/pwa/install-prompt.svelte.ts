// Install to the home screen: Chromium offers `beforeinstallprompt`; iOS Safari offers only its Share menu.

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

declare global {
	interface Window {
		/**
		 * An offer made before the app started, kept by app.html's pre-paint script; `null` once the app has
		 * taken over, which stops that script keeping any more.
		 */
		lecternInstallOffer?: Event | null;
	}
}

export class InstallPrompt {
	#event = $state<BeforeInstallPromptEvent | null>(null);
	#standalone = $state(false);
	#ios = $state(false);

	/** True when the browser has offered installation and Lectern is not already running installed. */
	get canInstall(): boolean {
		return this.#event !== null && !this.#standalone;
	}
	/** iOS Safari, not installed: show the "Share, then Add to Home Screen" hint instead of a button. */
	get showIosHint(): boolean {
		return this.#ios && !this.#standalone;
	}
	get standalone(): boolean {
		return this.#standalone;
	}

	start(win: Window = window): () => void {
		const standalone = win.matchMedia('(display-mode: standalone)');
		const nav = win.navigator as Navigator & { standalone?: boolean };
		const update = () => (this.#standalone = standalone.matches || nav.standalone === true);
		update();
		this.#ios =
			/iPad|iPhone|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
		const offer = (event: Event) => {
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
		};
		const installed = () => (this.#event = null);
		win.addEventListener('beforeinstallprompt', offer);
		const early = win.lecternInstallOffer;
		win.lecternInstallOffer = null;
		if (early) offer(early);
		win.addEventListener('appinstalled', installed);
		standalone.addEventListener('change', update);
		return () => {
			win.removeEventListener('beforeinstallprompt', offer);
			win.removeEventListener('appinstalled', installed);
			standalone.removeEventListener('change', update);
		};
	}

	/** Shows the browser's install dialog; the offer can be used once, whatever the reader chooses. */
	async install(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
		const event = this.#event;
		if (!event) return 'unavailable';
		this.#event = null;
		await event.prompt();
		return (await event.userChoice).outcome;
	}
}

export const installPrompt = new InstallPrompt();
