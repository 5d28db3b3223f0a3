// Voices ranked with @readium/speech's data: quality per voice and platform, friendly labels, and its novelty and
// very-low-quality lists. Pure and synchronous once the data is loaded (voice-data.ts); where the data knows
// none of the device's voices (Linux with espeak-ng, new platforms) the device's voices are offered as they are.
import type { SpeechVoice } from './engine';
import { parseTag } from './language-tags';
import type { KnownVoice, VoiceKnowledge, VoiceQuality } from './voice-data';
import { isNoveltyVoice } from './voices';

export interface RankedVoice {
	voice: SpeechVoice;
	/** As people know it: 'Samantha (Enhanced)', 'Microsoft Aria (Natural)'. */
	label: string;
	/** null where the data does not know the voice. */
	quality: VoiceQuality | null;
	/** `localService` false: speaks through a server, so not offline. */
	needsNetwork: boolean;
	/** The rate and pitch the data recommends for this voice, when it says. */
	rate?: number;
	pitch?: number;
}

export interface RankOptions {
	knowledge: VoiceKnowledge | null;
	/** The reader's languages (`navigator.languages`): their region is preferred when the article has none. */
	readerLanguages?: readonly string[];
}

const QUALITY_VALUE: Record<VoiceQuality, number> = { veryHigh: 5, high: 4, normal: 3, low: 2, veryLow: 1 };
// "Samantha (Enhanced)", "Eddy (English (US))": a trailing parenthesis, one level of nesting.
const TRAILING_PARENTHESIS = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/;

interface Match {
	known: KnownVoice;
	order: number;
	/** The name's trailing parenthesis when the match needed it removed: Apple's quality ('Enhanced'). */
	suffix: string | null;
}

function indexKnowledge(knowledge: VoiceKnowledge): Map<string, { known: KnownVoice; order: number }> {
	const index = new Map<string, { known: KnownVoice; order: number }>();
	knowledge.voices.forEach((known, order) => {
		for (const key of [known.name, ...(known.altNames ?? []), ...(known.nativeID ?? [])])
			if (!index.has(key)) index.set(key, { known, order });
	});
	return index;
}

function match(voice: SpeechVoice, index: Map<string, { known: KnownVoice; order: number }>): Match | null {
	const exact = index.get(voice.name) ?? index.get(voice.voiceURI);
	if (exact) return { ...exact, suffix: null };
	const parenthesis = TRAILING_PARENTHESIS.exec(voice.name);
	if (!parenthesis) return null;
	const base = index.get(voice.name.slice(0, parenthesis.index));
	return base ? { ...base, suffix: parenthesis[1] ?? null } : null;
}

/** Apple lists one voice in up to three downloads: compact, Enhanced and Premium, named and filed apart. */
function qualityOf(voice: SpeechVoice, found: Match): VoiceQuality | null {
	const tiers = (found.known.quality ?? []).filter((q): q is VoiceQuality => q !== null);
	if (tiers.length <= 1) return tiers[0] ?? null;
	const uri = voice.voiceURI.toLowerCase();
	const suffix = found.suffix?.toLowerCase() ?? '';
	if (uri.includes('.premium') || suffix === 'premium') return tiers[tiers.length - 1] ?? null;
	if (uri.includes('.enhanced') || found.suffix !== null)
		return tiers.includes('normal') ? 'normal' : (tiers[1] ?? null);
	return tiers[0] ?? null;
}

function labelOf(voice: SpeechVoice, found: Match | null): string {
	if (!found) return voice.name;
	let label = found.known.label?.trim() || voice.name;
	if (voice.name.startsWith('Microsoft ') && !label.startsWith('Microsoft ')) label = `Microsoft ${label}`;
	if (voice.name.includes('(Natural)') && !label.includes('Natural')) label += ' (Natural)';
	if (found.suffix) label += ` (${found.suffix})`;
	return label;
}

/** The regions to prefer, best first: the article's, the reader's for that language, the data's default. */
export function preferredRegions(lang: string, options: RankOptions): string[] {
	const wanted = parseTag(lang);
	const regions: string[] = [];
	const add = (region: string | null) => {
		if (region && !regions.includes(region)) regions.push(region);
	};
	add(wanted.region);
	for (const tag of options.readerLanguages ?? []) {
		const reader = parseTag(tag);
		if (reader.language === wanted.language) add(reader.region);
	}
	if (options.knowledge?.defaultRegion) add(parseTag(options.knowledge.defaultRegion).region);
	return regions;
}

/**
 * The voices that can read `lang`, best first: by region (the article's, then the reader's, then the data's
 * default, then others, then none), then quality, then on the device before online, then the data's own order.
 * Novelty and very-low-quality voices are left out unless nothing else reads the language.
 */
export function rankWithVoiceData(
	voices: readonly SpeechVoice[],
	lang: string,
	options: RankOptions
): RankedVoice[] {
	const wanted = parseTag(lang).language;
	const regions = preferredRegions(lang, options);
	const index = options.knowledge ? indexKnowledge(options.knowledge) : new Map();
	const rows: { ranked: RankedVoice; region: number; order: number; unwanted: boolean; at: number }[] = [];
	voices.forEach((voice, at) => {
		const tag = parseTag(voice.lang);
		if (tag.language !== wanted) return;
		const found = match(voice, index);
		const quality = found ? qualityOf(voice, found) : null;
		const unwanted =
			isNoveltyVoice(voice) ||
			quality === 'veryLow' ||
			(options.knowledge?.isNovelty(voice) ?? false) ||
			(options.knowledge?.isVeryLowQuality(voice) ?? false);
		const regionAt = tag.region ? regions.indexOf(tag.region) : -1;
		rows.push({
			ranked: {
				voice,
				label: labelOf(voice, found),
				quality,
				needsNetwork: !voice.localService,
				...(found?.known.rate === undefined ? {} : { rate: found.known.rate }),
				...(found?.known.pitch === undefined ? {} : { pitch: found.known.pitch })
			},
			region: regionAt >= 0 ? regionAt : tag.region ? regions.length : regions.length + 1,
			order: found?.order ?? Number.MAX_SAFE_INTEGER,
			unwanted,
			at
		});
	});
	const wantedRows = rows.filter((row) => !row.unwanted);
	const kept = wantedRows.length > 0 ? wantedRows : rows;
	const value = (quality: VoiceQuality | null) => (quality ? QUALITY_VALUE[quality] : 0);
	kept.sort(
		(a, b) =>
			a.region - b.region ||
			value(b.ranked.quality) - value(a.ranked.quality) ||
			Number(a.ranked.needsNetwork) - Number(b.ranked.needsNetwork) ||
			a.order - b.order ||
			Number(b.ranked.voice.isDefault) - Number(a.ranked.voice.isDefault) ||
			a.at - b.at
	);
	return kept.map((row) => row.ranked);
}

/** The default voice: the best one on the device; online ones only when nothing local reads the language. */
export function defaultVoice(ranked: readonly RankedVoice[], online: boolean): RankedVoice | null {
	return ranked.find((r) => !r.needsNetwork) ?? (online ? (ranked[0] ?? null) : null);
}

export interface QualityGroup {
	quality: VoiceQuality | null;
	label: string;
	voices: RankedVoice[];
}

const GROUP_LABELS: [VoiceQuality | null, string][] = [
	['veryHigh', 'Best quality'],
	['high', 'High quality'],
	['normal', 'Good quality'],
	['low', 'Basic quality'],
	['veryLow', 'Lowest quality'],
	[null, 'Other voices on this device']
];

/** The ranked voices grouped by quality, best group first, ranking kept within each; empty groups left out. */
export function groupByQuality(ranked: readonly RankedVoice[]): QualityGroup[] {
	return GROUP_LABELS.map(([quality, label]) => ({
		quality,
		label,
		voices: ranked.filter((r) => r.quality === quality)
	})).filter((group) => group.voices.length > 0);
}
