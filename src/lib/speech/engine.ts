/** A voice as the narrator sees it: plain data, so voices can be ranked, stored and faked. */
export interface SpeechVoice {
	name: string;
	lang: string;
	localService: boolean;
	isDefault: boolean;
	voiceURI: string;
}

export interface UtteranceRequest {
	text: string;
	/** Always set, even with a voice: engines pick pronunciation rules from it. */
	lang: string;
	/** null lets the engine choose its default voice for `lang`. */
	voice: SpeechVoice | null;
	rate: number;
	pitch: number;
}

export interface UtteranceEvents {
	onStart(): void;
	onEnd(): void;
	/** `error` is the SpeechSynthesisErrorEvent.error code, e.g. 'interrupted' or 'not-allowed'. */
	onError(error: string): void;
	/** Offsets into the request's text; Safari leaves `charLength` out. */
	onBoundary(charIndex: number, charLength: number | undefined): void;
}

/** What read-aloud needs from a speech synthesiser: the browser's in the app, a scriptable fake in tests. */
export interface SpeechEngine {
	getVoices(): SpeechVoice[];
	/** Calls `listener` whenever the voice list changes; returns a function that stops listening. */
	onVoicesChanged(listener: () => void): () => void;
	speak(request: UtteranceRequest, events: UtteranceEvents): void;
	cancel(): void;
	// No pause()/resume(): Android's pause() acts as cancel() with no `end`, so the narrator pauses by cancelling.
}
