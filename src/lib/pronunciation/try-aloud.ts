// Hearing a pronunciation before keeping it: through the page's player when there is one (the reading pauses,
// and the words are said in the reading's voice and speed, as they will be heard), else in the voice the reader
// chose for the language, and the browser's own voice for it where they chose none.
import { voiceChoiceForLanguage } from '$lib/player/voice-choice';
import { hasSpeechSynthesis } from '$lib/speech/availability';
import { createBrowserEngine } from '$lib/speech/browser-engine';
import { sayThroughPlayer } from './changes';

/** Says `text` as a rule for `lang` would have it said; a problem is reported in words to `onProblem`. */
export function tryAloud(text: string, lang: string, onProblem: (message: string) => void): void {
	if (sayThroughPlayer(text, lang)) return;
	if (!hasSpeechSynthesis()) return onProblem('This browser cannot speak.');
	const quiet = () => undefined;
	const engine = createBrowserEngine();
	const chosen = voiceChoiceForLanguage(lang);
	// The browser's list, as it is now: a chosen voice it no longer has is said by its default instead.
	const voice = chosen
		? (engine.getVoices().find((known) => known.name === chosen.name && known.lang === chosen.lang) ?? null)
		: null;
	engine.speak(
		{ text, lang, voice, rate: 1, pitch: 1 },
		{
			onStart: quiet,
			onEnd: quiet,
			onBoundary: quiet,
			onError: (code) => onProblem(`Could not play it (${code}).`)
		}
	);
}
