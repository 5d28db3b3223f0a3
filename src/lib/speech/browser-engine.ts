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
	let byURI = new Map<string, SpeechSynthesisVoice>();

	function realVoice(voice: SpeechVoice): SpeechSynthesisVoice | null {
		const found = byURI.get(voice.voiceURI);
		if (found) return found;
		// The list may have changed since getVoices() was last read.
		byURI = new Map(synth.getVoices().map((v) => [v.voiceURI, v]));
		return byURI.get(voice.voiceURI) ?? null;
	}

	return {
		getVoices() {
			const voices = synth.getVoices();
			byURI = new Map(voices.map((v) => [v.voiceURI, v]));
			return voices.map(toSpeechVoice);
		},
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
		cancel: () => synth.cancel(),
		pause: () => synth.pause(),
		resume: () => synth.resume()
	};
}

/** Whether this browser can read aloud at all; some embedded browsers and old Android WebViews cannot. */
export function hasSpeechSynthesis(): boolean {
	return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}
