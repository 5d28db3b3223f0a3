// Voice lists as four platforms report them through speechSynthesis.getVoices() (name, lang, localService,
// default, voiceURI), trimmed to a few dozen each, for the voice-ranking tests.
import type { SpeechVoice } from './engine';

const voice = (name: string, lang: string, voiceURI = name, localService = true, isDefault = false) => ({
	name,
	lang,
	voiceURI,
	localService,
	isDefault
});

/**
 * Chrome on Android lists one voice per language the system's engine supports, named after the language, with
 * none marked default (readium/speech's data documents no such names).
 */
export const ANDROID_CHROME: SpeechVoice[] = [
	['English United States', 'en-US'],
	['English United Kingdom', 'en-GB'],
	['English Australia', 'en-AU'],
	['English India', 'en-IN'],
	['English Nigeria', 'en-NG'],
	['Français France', 'fr-FR'],
	['Français Canada', 'fr-CA'],
	['Deutsch Deutschland', 'de-DE'],
	['Español España', 'es-ES'],
	['Español Estados Unidos', 'es-US'],
	['Italiano Italia', 'it-IT'],
	['Nederlands Nederland', 'nl-NL'],
	['Polski Polska', 'pl-PL'],
	['Português Brasil', 'pt-BR'],
	['Português Portugal', 'pt-PT'],
	['Русский Россия', 'ru-RU'],
	['Türkçe Türkiye', 'tr-TR'],
	['العربية', 'ar'],
	['हिन्दी भारत', 'hi-IN'],
	['日本語 日本', 'ja-JP'],
	['한국어 대한민국', 'ko-KR'],
	['中文 中国', 'zh-CN'],
	['中文 台灣', 'zh-TW'],
	['Tiếng Việt Việt Nam', 'vi-VN'],
	['ไทย ไทย', 'th-TH']
].map(([name = '', lang = '']) => voice(name, lang));

const apple = (name: string, lang: string, kind: string, isDefault = false) =>
	voice(name, lang, `com.apple.${kind}.${lang}.${name.replace(/ \(.*\)$/, '')}`, true, isDefault);
const novelty = (name: string) =>
	voice(name, 'en-US', `com.apple.speech.synthesis.voice.${name.replace(/ /g, '')}`);

/** Safari on macOS: compact, Enhanced and Premium downloads, Eloquence voices, and the novelty set. */
export const MACOS_SAFARI: SpeechVoice[] = [
	apple('Samantha', 'en-US', 'voice.compact', true),
	apple('Samantha (Enhanced)', 'en-US', 'voice.enhanced'),
	apple('Ava (Premium)', 'en-US', 'voice.premium'),
	apple('Zoe (Enhanced)', 'en-US', 'voice.enhanced'),
	apple('Daniel', 'en-GB', 'voice.compact'),
	apple('Daniel (Enhanced)', 'en-GB', 'voice.enhanced'),
	apple('Jamie (Premium)', 'en-GB', 'voice.premium'),
	apple('Serena (Premium)', 'en-GB', 'voice.premium'),
	apple('Karen', 'en-AU', 'voice.compact'),
	apple('Moira', 'en-IE', 'voice.compact'),
	apple('Rishi', 'en-IN', 'voice.compact'),
	apple('Tessa', 'en-ZA', 'voice.compact'),
	apple('Fiona', 'en-GB-u-sd-gbsct', 'voice.compact'),
	apple('Eddy (English (US))', 'en-US', 'eloquence'),
	apple('Eddy (English (UK))', 'en-GB', 'eloquence'),
	apple('Flo (English (UK))', 'en-GB', 'eloquence'),
	apple('Grandma (English (UK))', 'en-GB', 'eloquence'),
	apple('Reed (English (UK))', 'en-GB', 'eloquence'),
	apple('Fred', 'en-US', 'speech.synthesis.voice'),
	apple('Junior', 'en-US', 'speech.synthesis.voice'),
	apple('Kathy', 'en-US', 'speech.synthesis.voice'),
	apple('Ralph', 'en-US', 'speech.synthesis.voice'),
	...['Albert', 'Bad News', 'Bahh', 'Bells', 'Boing', 'Bubbles', 'Cellos', 'Good News'].map(novelty),
	...['Jester', 'Organ', 'Superstar', 'Trinoids', 'Whisper', 'Wobble', 'Zarvox'].map(novelty),
	apple('Thomas', 'fr-FR', 'voice.compact'),
	apple('Amélie', 'fr-CA', 'voice.compact'),
	apple('Anna', 'de-DE', 'voice.compact'),
	apple('Alice', 'it-IT', 'voice.compact'),
	apple('Mónica', 'es-ES', 'voice.compact'),
	apple('Kyoko', 'ja-JP', 'voice.compact'),
	apple('Tingting', 'zh-CN', 'voice.compact')
];

const edgeOnline = (name: string, lang: string, region: string) =>
	voice(`Microsoft ${name} Online (Natural) - ${region}`, lang, undefined, false);

/** Edge on Windows 11: the installed voices, then Microsoft's online Natural voices (not on the device). */
export const WINDOWS_EDGE: SpeechVoice[] = [
	voice('Microsoft David - English (United States)', 'en-US', undefined, true, true),
	voice('Microsoft Mark - English (United States)', 'en-US'),
	voice('Microsoft Zira - English (United States)', 'en-US'),
	voice('Microsoft Hazel - English (Great Britain)', 'en-GB'),
	voice('Microsoft George - English (Great Britain)', 'en-GB'),
	voice('Microsoft Susan - English (Great Britain)', 'en-GB'),
	voice('Microsoft Hortense - French (France)', 'fr-FR'),
	voice('Microsoft Hedda - German (Germany)', 'de-DE'),
	edgeOnline('AvaMultilingual', 'en-US', 'English (United States)'),
	edgeOnline('AndrewMultilingual', 'en-US', 'English (United States)'),
	edgeOnline('Aria', 'en-US', 'English (United States)'),
	edgeOnline('Jenny', 'en-US', 'English (United States)'),
	edgeOnline('Guy', 'en-US', 'English (United States)'),
	edgeOnline('Michelle', 'en-US', 'English (United States)'),
	edgeOnline('Sonia', 'en-GB', 'English (United Kingdom)'),
	edgeOnline('Ryan', 'en-GB', 'English (United Kingdom)'),
	edgeOnline('Libby', 'en-GB', 'English (United Kingdom)'),
	edgeOnline('Maisie', 'en-GB', 'English (United Kingdom)'),
	edgeOnline('Thomas', 'en-GB', 'English (United Kingdom)'),
	edgeOnline('Natasha', 'en-AU', 'English (Australia)'),
	edgeOnline('William', 'en-AU', 'English (Australia)'),
	edgeOnline('Clara', 'en-CA', 'English (Canada)'),
	edgeOnline('Neerja', 'en-IN', 'English (India)'),
	edgeOnline('Emily', 'en-IE', 'English (Ireland)'),
	edgeOnline('Molly', 'en-NZ', 'English (New Zealand)'),
	edgeOnline('Denise', 'fr-FR', 'French (France)'),
	edgeOnline('Henri', 'fr-FR', 'French (France)'),
	edgeOnline('Katja', 'de-DE', 'German (Germany)'),
	edgeOnline('Conrad', 'de-DE', 'German (Germany)'),
	edgeOnline('Elvira', 'es-ES', 'Spanish (Spain)')
];

const espeak = (language: string, lang: string, variants: string[]) =>
	['', ...variants].map((variant) =>
		voice(variant ? `${language}+${variant}` : language, lang, undefined, true, lang === 'af' && !variant)
	);

/** Chromium on Debian through speech-dispatcher and espeak-ng (13,362 voices there; the default is Afrikaans). */
export const LINUX_ESPEAK: SpeechVoice[] = [
	...espeak('Afrikaans', 'af', ['Annie']),
	...espeak('English (America)', 'en-US', ['Annie', 'Max', 'whisper']),
	...espeak('English (America, New York City)', 'en-US-nyc', ['Andy']),
	...espeak('English (Caribbean)', 'en-029', ['Steph']),
	...espeak('English (Great Britain)', 'en-GB', ['Annie', 'Max', 'Andy', 'female_whisper', 'Demonic']),
	...espeak('English (Lancaster)', 'en-GB-x-gbclan', ['Max']),
	...espeak('English (Received Pronunciation)', 'en-GB-x-rp', ['Annie']),
	...espeak('English (Scotland)', 'en-GB-scotland', ['Andy']),
	...espeak('English (West Midlands)', 'en-GB-x-gbcwmd', ['Steph']),
	...espeak('French (France)', 'fr-FR', ['Annie']),
	...espeak('German', 'de', ['Max']),
	...espeak('Spanish (Spain)', 'es', ['Annie'])
];
