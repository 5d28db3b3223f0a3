// What @readium/speech knows about Web Speech voices (quality per voice and platform, friendly labels, novelty
// and very-low-quality lists), loaded per language only when a voice is needed. Its data ships as one module per
// language (`build/en-….js`), which the build keeps as separate chunks: the service worker precaches them with
// every other build file, so the knowledge works offline too.
import type { SpeechVoice } from './engine';
import { parseTag } from './language-tags';

export type VoiceQuality = 'veryLow' | 'low' | 'normal' | 'high' | 'veryHigh';

/** One voice as @readium/speech describes it (the fields Lectern reads). */
export interface KnownVoice {
	label?: string;
	name: string;
	altNames?: string[];
	nativeID?: string[];
	language?: string;
	quality?: (VoiceQuality | null)[];
	rate?: number;
	pitch?: number;
}

/** A language's curated voices and the package's filters, ready for synchronous ranking. */
export interface VoiceKnowledge {
	language: string;
	defaultRegion: string;
	/** A short sample sentence with `{name}` where the voice's name goes. */
	testUtterance: string;
	voices: KnownVoice[];
	isNovelty(voice: SpeechVoice): boolean;
	isVeryLowQuality(voice: SpeechVoice): boolean;
}

/** The package's file for a language tag: Chinese is filed by spoken language (Mandarin, Cantonese, Wu). */
export function dataLanguage(lang: string): string {
	const { language, region } = parseTag(lang);
	if (language === 'zh') return region === 'HK' || region === 'MO' ? 'yue' : 'cmn';
	return language;
}

const loaded = new Map<string, Promise<VoiceKnowledge | null>>();

/**
 * The knowledge for `lang`'s language, or null where the package has none (the ranking then falls back to the
 * device's own order). Loaded once per language; a failed load (an old cache) is retried on the next call.
 */
export function loadVoiceKnowledge(lang: string): Promise<VoiceKnowledge | null> {
	const language = dataLanguage(lang);
	let found = loaded.get(language);
	if (!found) {
		found = import('./voice-data-files').then((files) => files.loadLanguage(language));
		found.catch(() => loaded.delete(language));
		loaded.set(language, found);
	}
	return found;
}
