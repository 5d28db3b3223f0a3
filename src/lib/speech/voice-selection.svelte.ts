import type { SpeechVoice } from './engine';
import { noVoiceNotice } from './speech-errors';
import type { VoiceKnowledge } from './voice-data';
import { defaultVoice, rankWithVoiceData, type RankedVoice } from './voice-ranking';
import { rememberedVoice, type VoiceChoice } from './voices';

export interface VoiceSelectionOptions {
	/** The reader's languages (`navigator.languages`), for the region when the article's tag has none. */
	readerLanguages?: readonly string[];
}

/** The voices on offer for one language and the one in use; updated whenever the engine's list changes. */
export class VoiceSelection {
	#all = $state.raw<SpeechVoice[]>([]);
	#ranked = $state.raw<RankedVoice[]>([]);
	#voice = $state<SpeechVoice | null>(null);
	#notice = $state<string | null>(null);
	#chosen = false;
	#knowledge: VoiceKnowledge | null = null;
	#online = true;
	readonly #lang: string;
	readonly #preferred: VoiceChoice | null;
	readonly #readerLanguages: readonly string[];

	constructor(lang: string, preferred: VoiceChoice | null, options: VoiceSelectionOptions = {}) {
		this.#lang = lang;
		this.#preferred = preferred;
		this.#readerLanguages = options.readerLanguages ?? [];
	}

	get all(): SpeechVoice[] {
		return this.#all;
	}
	/** Voices for the language, best first. */
	get ranked(): SpeechVoice[] {
		return this.#ranked.map((r) => r.voice);
	}
	/** The same voices with their label, quality and whether they need a connection. */
	get options(): RankedVoice[] {
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
		this.#rank();
		// The reader's own choice survives list changes for as long as the voice is still installed.
		const voice = this.#voice;
		const kept = this.#chosen && (voice === null || all.some((v) => v.voiceURI === voice.voiceURI));
		if (!kept) this.#voice = this.#bestChoice();
		this.#notice = all.length > 0 && this.#ranked.length === 0 ? noVoiceNotice(this.#lang) : null;
	}

	/** The language's voice data arrived: rank again, and choose again unless the reader has chosen. */
	setKnowledge(knowledge: VoiceKnowledge | null): void {
		this.#knowledge = knowledge;
		this.#rank();
		if (!this.#chosen) this.#voice = this.#bestChoice();
	}

	choose(voice: SpeechVoice | null): void {
		this.#voice = voice;
		this.#chosen = true;
	}

	/**
	 * Called before each utterance with whether the device is online. Offline, a voice that needs the network
	 * is replaced by the best local one; returns the sentence to say so (once per switch), else null.
	 */
	checkConnection(online: boolean): string | null {
		this.#online = online;
		const voice = this.#voice;
		if (online || !voice || voice.localService) return null;
		const local = defaultVoice(this.#ranked, false);
		this.#voice = local?.voice ?? null;
		const gone = this.#labelOf(voice);
		return local
			? `${gone} needs an internet connection; reading with ${local.label} instead.`
			: `${gone} needs an internet connection; reading with the device's default voice instead.`;
	}

	/** "Hello, my name is Serena and I am an English voice." from the data's sample, else the voice's label. */
	sampleText(voice: SpeechVoice): string {
		const name = this.#labelOf(voice).replace(/\s*\(.*\)$/, '');
		const sample = this.#knowledge?.testUtterance;
		return sample ? sample.replace('{name}', name) : name;
	}

	#labelOf(voice: SpeechVoice): string {
		return this.#ranked.find((r) => r.voice.voiceURI === voice.voiceURI)?.label ?? voice.name;
	}

	#rank(): void {
		this.#ranked = rankWithVoiceData(this.#all, this.#lang, {
			knowledge: this.#knowledge,
			readerLanguages: this.#readerLanguages
		});
	}

	/** The reader's remembered voice for the language (unless offline and it needs the network), else the best. */
	#bestChoice(): SpeechVoice | null {
		const remembered = rememberedVoice(this.ranked, this.#preferred);
		if (remembered && (this.#online || remembered.localService)) return remembered;
		return defaultVoice(this.#ranked, this.#online)?.voice ?? null;
	}
}
