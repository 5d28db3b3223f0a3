// See https://svelte.dev/docs/kit/types#app.d.ts for information about these interfaces
declare global {
	namespace App {
		interface PageData {
			/** The words of the skip link, naming what it skips to. */
			skipLabel?: string;
		}
	}
}

export {};
