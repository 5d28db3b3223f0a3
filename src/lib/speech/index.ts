// Read-aloud: speech items from an article, a Narrator over them, and the engines it can drive.
export type { Clock } from './clock';
export { systemClock } from './clock';
export type { SpeechEngine, SpeechVoice, UtteranceEvents, UtteranceRequest } from './engine';
export { createBrowserEngine } from './browser-engine';
export { Narrator } from './narrator.svelte';
export type { NarratorOptions, NarratorState } from './narrator-options';
export type { SleepSetting } from './sleep-timer.svelte';
export { SPEECH_MESSAGES, speechError } from './speech-errors';
export type { SpeechError, SpeechErrorKind } from './speech-errors';
export { buildSpeechItems } from './speech-items';
export type { SpeechItem, SpeechItemOptions } from './speech-items';
export { RATE_RANGE, SPEECH_WORDS_PER_MINUTE, SpeechPace, timeLeftLabel, timeLeftMs } from './listening-time';
export type { AnnounceLevel } from './cues';
export { languageName } from './language-tags';
export { loadVoiceKnowledge } from './voice-data';
export type { VoiceKnowledge, VoiceQuality } from './voice-data';
export { defaultVoice, groupByQuality, rankWithVoiceData } from './voice-ranking';
export type { QualityGroup, RankedVoice } from './voice-ranking';
export {
	chooseVoice,
	groupVoicesByRegion,
	isNoveltyVoice,
	rankVoices,
	rememberedVoice,
	searchVoices
} from './voices';
export type { VoiceChoice, VoiceGroup } from './voices';
