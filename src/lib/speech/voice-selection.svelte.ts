import type { SpeechVoice } from './engine';
import { noVoiceNotice } from './speech-errors';
import { chooseVoice, rankVoices, type VoiceChoice } from './voices';

/** The voices on offer for one language and the one in use; updated whenever the engine's list changes. */
export class VoiceSelection {
	#all = $state.raw<SpeechVoice[]>([]);
	#ranked = $state.raw<SpeechVoice[]>([]);
	#voice = $state<SpeechVoice | null>(null);
	#notice = $state<string | null>(null);
	#chosen = false;
	readonly #lang: string;
	readonly #preferred: VoiceChoice | null;

	constructor(lang: string, preferred: VoiceChoice | null) {
		this.#lang = lang;
		this.#preferred = preferred;
	}

	get all(): SpeechVoice[] {
		return this.#all;
	}
	get ranked(): SpeechVoice[] {
		return this.#ranked;
	}
	get voice(): SpeechVoice | null {
		return this.#voice;
	}
	get notice(): string | null {
		return this.#notice;
	}

	update(all: SpeechVoice[]): void {
		this.#all = all;
		this.#ranked = rankVoices(all, this.#lang);
		// The reader's own choice survives list changes for as long as the voice is still installed.
		const voice = this.#voice;
		const kept = this.#chosen && (voice === null || all.some((v) => v.voiceURI === voice.voiceURI));
		if (!kept) this.#voice = chooseVoice(this.#ranked, this.#preferred);
		this.#notice = all.length > 0 && this.#ranked.length === 0 ? noVoiceNotice(this.#lang) : null;
	}

	choose(voice: SpeechVoice | null): void {
		this.#voice = voice;
		this.#chosen = true;
	}
}
