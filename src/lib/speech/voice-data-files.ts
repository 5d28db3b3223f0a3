// The loaders behind voice-data.ts, in their own chunk: the map of 47 language modules and the package's main
// module are fetched when a voice is first needed, not with the player.
import type { SpeechVoice } from './engine';
import type { KnownVoice, VoiceKnowledge } from './voice-data';

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

/** The data for a language file (`en`, `cmn`), or null where the package has none. */
export async function loadLanguage(language: string): Promise<VoiceKnowledge | null> {
	const load = byLanguage.get(language);
	if (!load) return null;
	const [data, filter] = await Promise.all([load(), loadFilters()]);
	return {
		language,
		defaultRegion: data.defaultRegion,
		testUtterance: data.testUtterance,
		voices: data.voices,
		...filter
	};
}
