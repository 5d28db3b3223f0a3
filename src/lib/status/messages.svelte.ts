// The one place the app says something to the reader about itself (storage, tabs, errors): shown and
// announced by AppStatus in a single polite status region, never one announcement per event.

/** What the reader can do about a message; AppStatus renders it as a button. */
export type MessageAction = 'reload';

export class AppMessages {
	#text = $state('');
	#action = $state<MessageAction | null>(null);

	get text(): string {
		return this.#text;
	}
	get action(): MessageAction | null {
		return this.#action;
	}

	say(text: string, action: MessageAction | null = null): void {
		this.#text = text;
		this.#action = action;
	}

	clear(): void {
		this.say('');
	}
}

export const appMessages = new AppMessages();
