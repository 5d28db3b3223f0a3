// What the article and the player share: "Read from here" buttons ask the hub; the player, once loaded,
// answers. The article never imports speech code, so none of it ships with the first paint.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('read-aloud');

export class ReadAloudHub {
	#ready = $state(false);
	#listening = $state(false);
	#request = $state<{ block: number } | null>(null);
	#handler: ((block: number) => void) | null = null;

	/** True after hydration: the page can offer "Read from here". */
	get ready(): boolean {
		return this.#ready;
	}
	/** A request made before the player loaded; the player takes it when it arrives. */
	get pending(): { block: number } | null {
		return this.#request;
	}

	/** True once read-aloud has started on this page: then every block offers "Read from here". */
	get listening(): boolean {
		return this.#listening;
	}

	markReady(): void {
		this.#ready = true;
	}

	markListening(): void {
		this.#listening = true;
	}

	readFrom(block: number): void {
		if (this.#handler) this.#handler(block);
		else this.#request = { block };
	}

	/** The player registers itself; returns the request it missed, if any. */
	connect(handler: (block: number) => void): { block: number } | null {
		this.#handler = handler;
		const missed = this.#request;
		this.#request = null;
		return missed;
	}

	disconnect(): void {
		this.#handler = null;
	}
}

export const provideHub = (hub: ReadAloudHub) => setContext(KEY, hub);
export const useHub = () => getContext<ReadAloudHub | undefined>(KEY);
