// "Read from here": the article's buttons ask, the player (loaded later) answers. A module-level rune object
// rather than context, because the article must not import any speech code and the page has one player.

class ReadFromHere {
	#listening = $state(false);
	#handler: ((block: number) => void) | null = null;

	/** True once read-aloud has started: then every heading and paragraph offers "Read from here". */
	get offered(): boolean {
		return this.#listening;
	}

	/** The player connects (and disconnects with null); the buttons appear once it has started reading. */
	connect(handler: ((block: number) => void) | null): void {
		this.#handler = handler;
		if (!handler) this.#listening = false;
	}

	markListening(): void {
		this.#listening = true;
	}

	request(block: number): void {
		this.#handler?.(block);
	}
}

export const readFromHere = new ReadFromHere();
