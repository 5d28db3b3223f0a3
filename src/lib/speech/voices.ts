// Voice choice as pure functions over plain voice lists. Each is linear (or n log n where it sorts for
// display), because Chromium with espeak-ng lists 13,362 voices.
import type { SpeechVoice } from './engine';
import { languageName, parseTag, tagKey, type LanguageTag } from './language-tags';

/** A remembered voice: name and language identify it across page loads (voiceURI is not stable everywhere). */
export interface VoiceChoice {
	name: string;
	lang: string;
}

export interface VoiceGroup {
	/** Language and region, e.g. `en-GB`. */
	tag: string;
	/** e.g. 'English (United Kingdom)' in the display locale. */
	label: string;
	voices: SpeechVoice[];
}

// Joke voices nobody would want reading an article: macOS's novelty set and espeak-ng's effect variants.
const NOVELTY = new Set(
	[
		'Albert',
		'Bad News',
		'Bahh',
		'Bells',
		'Boing',
		'Bubbles',
		'Cellos',
		'Deranged',
		'Good News',
		'Hysterical',
		'Jester',
		'Organ',
		'Pipe Organ',
		'Superstar',
		'Trinoids',
		'Whisper',
		'Wobble',
		'Zarvox',
		'Demonic',
		'female_whisper',
		'whisperf'
	].map((name) => name.toLowerCase())
);

/** True for novelty voices, named plainly ('Bad News'), with a suffix ('Zarvox (English (US))') or as a variant ('…+whisper'). */
export function isNoveltyVoice(voice: SpeechVoice): boolean {
	return voice.name.split('+').some((part) =>
		NOVELTY.has(
			part
				.replace(/\s*\(.*\)\s*$/, '')
				.trim()
				.toLowerCase()
		)
	);
}

/** 0 = same language and region, 1 = another region, 2 = no region (when the article has one); -1 = other language. */
function matchTier(voice: LanguageTag, wanted: LanguageTag): number {
	if (voice.language !== wanted.language) return -1;
	if (voice.region === wanted.region) return 0;
	return voice.region ? 1 : 2;
}

/**
 * The voices that can read `lang`, best first: exact region, then other regions, then the bare language;
 * within each, voices on the device before network ones, and the platform's default first. No novelty voices.
 */
export function rankVoices(voices: readonly SpeechVoice[], lang: string): SpeechVoice[] {
	const wanted = parseTag(lang);
	const buckets: SpeechVoice[][] = [[], [], [], [], [], []];
	const defaults: SpeechVoice[][] = [[], [], [], [], [], []];
	for (const voice of voices) {
		const tier = matchTier(parseTag(voice.lang), wanted);
		if (tier < 0 || isNoveltyVoice(voice)) continue;
		const slot = tier * 2 + (voice.localService ? 0 : 1);
		(voice.isDefault ? defaults : buckets)[slot]?.push(voice);
	}
	return buckets.flatMap((bucket, slot) => [...(defaults[slot] ?? []), ...bucket]);
}

/** Voices grouped by language and region, groups sorted by name and voices by local-first then name. */
export function groupVoicesByRegion(voices: readonly SpeechVoice[], displayLocale: string): VoiceGroup[] {
	const groups = new Map<string, VoiceGroup>();
	for (const voice of voices) {
		const tag = tagKey(parseTag(voice.lang));
		let group = groups.get(tag);
		if (!group) {
			group = { tag, label: languageName(tag, displayLocale), voices: [] };
			groups.set(tag, group);
		}
		group.voices.push(voice);
	}
	const collator = new Intl.Collator(displayLocale);
	const byVoice = (a: SpeechVoice, b: SpeechVoice) =>
		Number(b.localService) - Number(a.localService) || collator.compare(a.name, b.name);
	return [...groups.values()]
		.map((group) => ({ ...group, voices: group.voices.sort(byVoice) }))
		.sort((a, b) => collator.compare(a.label, b.label) || collator.compare(a.tag, b.tag));
}

/** Lower case without accents, so 'amelie' finds 'Amélie'. */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Voices whose name or language tag (and language name, with `displayLocale`) contain every word of the
 * query, in their original order. A blank query matches every voice.
 */
export function searchVoices(
	voices: readonly SpeechVoice[],
	query: string,
	displayLocale?: string
): SpeechVoice[] {
	const terms = fold(query).split(/\s+/).filter(Boolean);
	if (terms.length === 0) return [...voices];
	const labels = new Map<string, string>();
	const label = (lang: string) => {
		const tag = tagKey(parseTag(lang));
		let found = labels.get(tag);
		if (found === undefined) {
			found = displayLocale ? fold(languageName(tag, displayLocale)) : '';
			labels.set(tag, found);
		}
		return found;
	};
	return voices.filter((voice) => {
		const haystack = `${fold(voice.name)} ${fold(voice.lang)} ${label(voice.lang)}`;
		return terms.every((term) => haystack.includes(term));
	});
}

/** The remembered voice if it is still installed: same name and language, else same name in the same language family. */
export function rememberedVoice(
	voices: readonly SpeechVoice[],
	remembered: VoiceChoice | null
): SpeechVoice | null {
	if (!remembered) return null;
	const wanted = parseTag(remembered.lang);
	let sameLanguage: SpeechVoice | null = null;
	for (const voice of voices) {
		if (voice.name !== remembered.name) continue;
		const tag = parseTag(voice.lang);
		if (tag.language !== wanted.language) continue;
		if (tag.region === wanted.region) return voice;
		sameLanguage ??= voice;
	}
	return sameLanguage;
}

/** The remembered voice among the ranked ones, else the best ranked, else null (the engine's default). */
export function chooseVoice(
	ranked: readonly SpeechVoice[],
	remembered: VoiceChoice | null
): SpeechVoice | null {
	return rememberedVoice(ranked, remembered) ?? ranked[0] ?? null;
}
