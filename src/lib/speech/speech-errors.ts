import { languageName } from './language-tags';

/** SpeechSynthesisErrorEvent codes, plus the narrator's own: speech never started, or never ended. */
export type SpeechErrorKind =
	| 'not-allowed'
	| 'interrupted'
	| 'audio-busy'
	| 'audio-hardware'
	| 'network'
	| 'synthesis-unavailable'
	| 'synthesis-failed'
	| 'language-unavailable'
	| 'voice-unavailable'
	| 'text-too-long'
	| 'invalid-argument'
	| 'no-start'
	| 'lost-end'
	| 'unknown';

export interface SpeechError {
	kind: SpeechErrorKind;
	/** A sentence for the page's status region: what happened and what the reader can do. */
	message: string;
}

export const SPEECH_MESSAGES: Record<SpeechErrorKind, string> = {
	'not-allowed': 'Your browser blocked speech until you interact with the page. Press Play again.',
	interrupted: 'Reading aloud was interrupted by another tab or app. Press Play to carry on.',
	'audio-busy':
		'Another app is using the sound output, so Lectern cannot read aloud. Close it and press Play.',
	'audio-hardware': 'Lectern cannot find a speaker or headphones. Connect one and press Play.',
	network:
		'The voice needs an internet connection and could not reach it. Choose a voice on this device, or reconnect.',
	'synthesis-unavailable':
		'Speech is not available in this browser. Check that a text-to-speech voice is installed on this device.',
	'synthesis-failed':
		'The speech engine kept failing, so Lectern stopped reading aloud. Try another voice, or reload the page.',
	'language-unavailable': 'This device has no voice for the article’s language. Choose another voice.',
	'voice-unavailable': 'The chosen voice is not available any more. Choose another voice and press Play.',
	'text-too-long': 'The speech engine could not read part of this article. Press Play to try again.',
	'invalid-argument':
		'The speech engine rejected the voice settings. Reset the speed and pitch, then press Play.',
	'no-start':
		'Speech did not start. The device’s speech engine may be busy or missing: try another voice, or reload the page.',
	'lost-end':
		'Speech keeps stopping part way through, which happens with online voices. Choose a voice on this device.',
	unknown: 'Reading aloud stopped because of a problem with the speech engine. Press Play to try again.'
};

// 'canceled' reaches here only when something other than Lectern cancelled speech: the same as interrupted.
const ALIASES: Record<string, SpeechErrorKind> = { canceled: 'interrupted' };

/** The typed error for an error event's code, or for one of the narrator's own kinds. */
export function speechError(code: string): SpeechError {
	const kind: SpeechErrorKind =
		ALIASES[code] ?? (code in SPEECH_MESSAGES ? (code as SpeechErrorKind) : 'unknown');
	return { kind, message: SPEECH_MESSAGES[kind] };
}

/** Said (not as an error) when the device has voices but none for the article's language. */
export function noVoiceNotice(lang: string): string {
	const name = languageName(lang.split(/[-_]/)[0] ?? lang, 'en');
	return `No ${name} voice is installed on this device. Lectern is using the browser’s default voice.`;
}
