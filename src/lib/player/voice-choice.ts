// The voice a reader chose, remembered per language (by name and lang) on this device.
import type { SpeechVoice, VoiceChoice } from '$lib/speech';
import { parseTag } from '$lib/speech/language-tags';

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

/**
 * The voice chosen for `lang` or, failing that, for another tag of its language (a rule for "en" is tried in
 * the voice chosen for "en-GB" articles), or null where the reader chose none.
 */
export function voiceChoiceForLanguage(lang: string): VoiceChoice | null {
	const choices = all();
	if (choices[lang]) return choices[lang];
	const language = parseTag(lang).language;
	const tag = Object.keys(choices).find((key) => parseTag(key).language === language);
	return tag ? (choices[tag] ?? null) : null;
}

export function saveVoiceChoice(lang: string, voice: SpeechVoice): void {
	try {
		localStorage.setItem(KEY, JSON.stringify({ ...all(), [lang]: { name: voice.name, lang: voice.lang } }));
	} catch (error) {
		console.warn('Could not remember the voice choice', error);
	}
}
