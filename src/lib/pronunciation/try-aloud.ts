// Hearing a pronunciation before keeping it: through the page's player when there is one (the reading pauses,
// and the words are said in the reading's voice and speed, as they will be heard), else by the browser's own
// voice for the language.
import { createBrowserEngine, hasSpeechSynthesis } from '$lib/speech/browser-engine';
import { sayThroughPlayer } from './changes';

/** Says `text` as a rule for `lang` would have it said; a problem is reported in words to `onProblem`. */
export function tryAloud(text: string, lang: string, onProblem: (message: string) => void): void {
	if (sayThroughPlayer(text, lang)) return;
	if (!hasSpeechSynthesis()) return onProblem('This browser cannot speak.');
	const quiet = () => undefined;
	createBrowserEngine().speak(
		{ text, lang, voice: null, rate: 1, pitch: 1 },
		{
			onStart: quiet,
			onEnd: quiet,
			onBoundary: quiet,
			onError: (code) => onProblem(`Could not play it (${code}).`)
		}
	);
}
