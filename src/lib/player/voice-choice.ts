// The voice a reader chose, remembered per language (by name and lang) on this device.
import type { SpeechVoice, VoiceChoice } from '$lib/speech';

const KEY = 'lectern:voices';

function all(): Record<string, VoiceChoice> {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, VoiceChoice>) : {};
	} catch (error) {
		// A corrupt record is replaced on the next choice; until then the best-ranked voice is used.
		console.warn('Ignoring an unreadable voice choice', error);
		return {};
	}
}

export function loadVoiceChoice(lang: string): VoiceChoice | null {
	return all()[lang] ?? null;
}

export function saveVoiceChoice(lang: string, voice: SpeechVoice): void {
	try {
		localStorage.setItem(KEY, JSON.stringify({ ...all(), [lang]: { name: voice.name, lang: voice.lang } }));
	} catch (error) {
		console.warn('Could not remember the voice choice', error);
	}
}
