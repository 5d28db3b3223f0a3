import type { SpeechEngine, SpeechVoice } from './engine';

function toSpeechVoice(voice: SpeechSynthesisVoice): SpeechVoice {
	return {
		name: voice.name,
		lang: voice.lang,
		localService: voice.localService,
		isDefault: voice.default,
		voiceURI: voice.voiceURI
	};
}

/** The browser's `speechSynthesis` behind the SpeechEngine interface; the only place read-aloud meets the DOM. */
export function createBrowserEngine(
	synth: SpeechSynthesis = speechSynthesis,
	Utterance: typeof SpeechSynthesisUtterance = SpeechSynthesisUtterance
): SpeechEngine {
	// Chrome drops the events of an utterance nothing references, so each is held until it ends or fails.
	const live = new Set<SpeechSynthesisUtterance>();
	// The last list read: the browser's voices and their URIs, index for index. Each property of a browser
	// voice is a call into the engine (espeak-ng lists 13,362 voices here), so each is read once, and the
	// lookup by URI is built only when a voice is first spoken with.
	let native: SpeechSynthesisVoice[] = [];
	let uris: string[] = [];
	let byURI: Map<string, SpeechSynthesisVoice> | null = null;

	function read(): SpeechVoice[] {
		native = synth.getVoices();
		const converted = native.map(toSpeechVoice);
		uris = converted.map((voice) => voice.voiceURI);
		byURI = null;
		return converted;
	}

	function lookup(uri: string): SpeechSynthesisVoice | undefined {
		byURI ??= new Map(uris.map((key, index) => [key, native[index] as SpeechSynthesisVoice]));
		return byURI.get(uri);
	}

	function realVoice(voice: SpeechVoice): SpeechSynthesisVoice | null {
		const found = lookup(voice.voiceURI);
		if (found) return found;
		// The list may have changed since getVoices() was last read.
		read();
		return lookup(voice.voiceURI) ?? null;
	}

	return {
		getVoices: read,
		onVoicesChanged(listener) {
			synth.addEventListener('voiceschanged', listener);
			return () => synth.removeEventListener('voiceschanged', listener);
		},
		speak(request, events) {
			const utterance = new Utterance(request.text);
			utterance.lang = request.lang;
			utterance.rate = request.rate;
			utterance.pitch = request.pitch;
			if (request.voice) utterance.voice = realVoice(request.voice);
			utterance.onstart = () => events.onStart();
			utterance.onend = () => {
				live.delete(utterance);
				events.onEnd();
			};
			utterance.onerror = (event) => {
				live.delete(utterance);
				events.onError(event.error);
			};
			utterance.onboundary = (event) => {
				// Firefox also reports sentence boundaries; only words are highlighted.
				if (event.name && event.name !== 'word') return;
				events.onBoundary(event.charIndex, event.charLength || undefined);
			};
			live.add(utterance);
			synth.speak(utterance);
		},
		cancel: () => synth.cancel()
	};
}
