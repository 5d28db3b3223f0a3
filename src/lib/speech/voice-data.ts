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

interface LanguageModule {
	defaultRegion: string;
	testUtterance: string;
	voices: KnownVoice[];
}

// The package exports only its JS API; its per-language data modules are named `<language>-<hash>.js`.
const modules = import.meta.glob<LanguageModule>('/node_modules/@readium/speech/build/*-*.js');
const byLanguage = new Map<string, () => Promise<LanguageModule>>();
for (const [path, load] of Object.entries(modules)) {
	const language = /\/([a-z]{2,3})-[^/]*\.js$/.exec(path)?.[1];
	if (language) byLanguage.set(language, load);
}

/** The package's file for a language tag: Chinese is filed by spoken language (Mandarin, Cantonese, Wu). */
export function dataLanguage(lang: string): string {
	const { language, region } = parseTag(lang);
	if (language === 'zh') return region === 'HK' || region === 'MO' ? 'yue' : 'cmn';
	return language;
}

export function hasVoiceData(lang: string): boolean {
	return byLanguage.has(dataLanguage(lang));
}

type Filters = Pick<VoiceKnowledge, 'isNovelty' | 'isVeryLowQuality'>;
let filters: Promise<Filters> | null = null;

/** The novelty and very-low-quality lists live inside the package's main module, behind these two methods. */
function loadFilters(): Promise<Filters> {
	filters ??= import('@readium/speech').then(({ WebSpeechVoiceManager }) => {
		const manager = WebSpeechVoiceManager.prototype;
		const asReadium = (voice: SpeechVoice) => ({
			source: 'browser' as const,
			label: voice.name,
			name: voice.name,
			originalName: voice.name,
			voiceURI: voice.voiceURI,
			language: voice.lang
		});
		return {
			isNovelty: (voice) => manager.filterOutNoveltyVoices([asReadium(voice)]).length === 0,
			isVeryLowQuality: (voice) => manager.filterOutVeryLowQualityVoices([asReadium(voice)]).length === 0
		};
	});
	return filters;
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
		const load = byLanguage.get(language);
		found = load
			? Promise.all([load(), loadFilters()]).then(([data, filter]) => ({
					language,
					defaultRegion: data.defaultRegion,
					testUtterance: data.testUtterance,
					voices: data.voices,
					...filter
				}))
			: Promise.resolve(null);
		found.catch(() => loaded.delete(language));
		loaded.set(language, found);
	}
	return found;
}
