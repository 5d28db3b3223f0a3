import { beforeAll, describe, expect, it } from 'vitest';
import { loadVoiceKnowledge, type VoiceKnowledge } from './voice-data';
import { ANDROID_CHROME, LINUX_ESPEAK, MACOS_SAFARI, WINDOWS_EDGE } from './voice-fixtures';
import { defaultVoice, groupByQuality, rankWithVoiceData } from './voice-ranking';
import { VoiceSelection } from './voice-selection.svelte';

let english: VoiceKnowledge | null = null;
beforeAll(async () => {
	english = await loadVoiceKnowledge('en-GB');
});

function rank(voices: typeof MACOS_SAFARI, lang: string, readerLanguages: string[] = []) {
	return rankWithVoiceData(voices, lang, { knowledge: english, readerLanguages });
}
const chosen = (voices: typeof MACOS_SAFARI, lang: string, online = true, readers: string[] = []) =>
	defaultVoice(rank(voices, lang, readers), online)?.label;

describe('the default voice on each platform (readium/speech data)', () => {
	it('loads the English data: labels, qualities and a sample sentence', () => {
		expect(english?.voices.length).toBeGreaterThan(50);
		expect(english?.testUtterance).toContain('{name}');
	});

	it('macOS Safari: the Premium British voice for a British article, Premium American for an American one', () => {
		expect(chosen(MACOS_SAFARI, 'en-GB')).toBe('Serena (Premium)');
		expect(chosen(MACOS_SAFARI, 'en-US')).toBe('Apple Ava (Premium)');
		const labels = rank(MACOS_SAFARI, 'en-US').map((r) => r.label);
		expect(labels).toContain('Samantha (Enhanced)');
		expect(labels.indexOf('Samantha (Enhanced)')).toBeLessThan(labels.indexOf('Samantha'));
	});

	it('macOS Safari: leaves out novelty and Eloquence voices (the package lists)', () => {
		const names = rank(MACOS_SAFARI, 'en').map((r) => r.voice.name);
		for (const gone of ['Bad News', 'Zarvox', 'Whisper', 'Eddy (English (UK))', 'Fred', 'Albert'])
			expect(names).not.toContain(gone);
		expect(names).toContain('Samantha');
	});

	it('Windows Edge: the best voice on the device, not the first or an online Natural one', () => {
		expect(chosen(WINDOWS_EDGE, 'en-GB')).toBe('Microsoft Hazel');
		expect(chosen(WINDOWS_EDGE, 'en-US')).toBe('Microsoft Zira');
		const ranked = rank(WINDOWS_EDGE, 'en-GB');
		expect(ranked[0]).toMatchObject({
			label: 'Microsoft Sonia (Natural)',
			quality: 'veryHigh',
			needsNetwork: true
		});
		expect(groupByQuality(ranked).map((g) => g.label)).toEqual(['Best quality', 'Good quality']);
	});

	it('Android Chrome: the data knows none of its language voices, so they are offered as they are', () => {
		const ranked = rank(ANDROID_CHROME, 'en-GB');
		expect(ranked.map((r) => r.label)).toEqual([
			'English United Kingdom',
			'English United States',
			'English Australia',
			'English India',
			'English Nigeria'
		]);
		expect(groupByQuality(ranked).map((g) => g.label)).toEqual(['Other voices on this device']);
	});

	it("Android Chrome: an article tagged only 'en' takes the reader's region from navigator.languages", () => {
		expect(chosen(ANDROID_CHROME, 'en', true, ['en-IN', 'hi-IN'])).toBe('English India');
		expect(chosen(ANDROID_CHROME, 'en')).toBe('English United States');
	});

	it('Linux espeak-ng: the British voice for a British article, never a whisper or demonic variant', () => {
		expect(chosen(LINUX_ESPEAK, 'en-GB')).toBe('English (Great Britain)');
		expect(chosen(LINUX_ESPEAK, 'en-US')).toBe('English (America)');
		const names = rank(LINUX_ESPEAK, 'en-GB').map((r) => r.voice.name);
		expect(names.some((name) => /whisper|Demonic/.test(name))).toBe(false);
		expect(names).toHaveLength(19);
	});

	it('never hides every voice: novelty ones are offered when they are all a language has', () => {
		const onlyNovelty = MACOS_SAFARI.filter((v) => ['Zarvox', 'Bells'].includes(v.name));
		expect(rank(onlyNovelty, 'en-US').map((r) => r.voice.name)).toEqual(['Bells', 'Zarvox']);
	});
});

describe('the offline rule', () => {
	it('offline, the default is never a voice that needs the network', () => {
		const online = WINDOWS_EDGE.filter((v) => !v.localService);
		expect(defaultVoice(rank(online, 'en-GB'), true)?.label).toBe('Microsoft Sonia (Natural)');
		expect(defaultVoice(rank(online, 'en-GB'), false)).toBeNull();
	});

	it('a chosen online voice is replaced by the best local one when offline, said once', () => {
		const selection = new VoiceSelection('en-GB', { name: WINDOWS_EDGE[14]?.name ?? '', lang: 'en-GB' });
		selection.update(WINDOWS_EDGE);
		selection.setKnowledge(english);
		expect(selection.voice?.name).toBe('Microsoft Sonia Online (Natural) - English (United Kingdom)');
		expect(selection.checkConnection(true)).toBeNull();
		expect(selection.checkConnection(false)).toBe(
			'Microsoft Sonia (Natural) needs an internet connection; reading with Microsoft Hazel instead.'
		);
		expect(selection.voice?.name).toBe('Microsoft Hazel - English (Great Britain)');
		expect(selection.checkConnection(false)).toBeNull();
	});

	it('offline at the start, a remembered online voice is not chosen', () => {
		const selection = new VoiceSelection('en-GB', { name: WINDOWS_EDGE[14]?.name ?? '', lang: 'en-GB' });
		expect(selection.checkConnection(false)).toBeNull();
		selection.update(WINDOWS_EDGE);
		selection.setKnowledge(english);
		expect(selection.voice?.name).toBe('Microsoft Hazel - English (Great Britain)');
	});
});

describe('the per-language choice', () => {
	it("the reader's remembered voice wins over the ranking, and survives the data arriving", () => {
		const selection = new VoiceSelection('en-GB', { name: 'Daniel', lang: 'en-GB' });
		selection.update(MACOS_SAFARI);
		expect(selection.voice?.name).toBe('Daniel');
		selection.setKnowledge(english);
		expect(selection.voice?.name).toBe('Daniel');
	});

	it('a voice chosen now is kept when the data arrives later', () => {
		const selection = new VoiceSelection('en-US', null);
		selection.update(MACOS_SAFARI);
		const tessa = MACOS_SAFARI.find((v) => v.name === 'Tessa') ?? null;
		selection.choose(tessa);
		selection.setKnowledge(english);
		expect(selection.voice).toBe(tessa);
	});

	it('another language is ranked from its own data (French on macOS)', async () => {
		const french = await loadVoiceKnowledge('fr-FR');
		expect(french?.language).toBe('fr');
		const ranked = rankWithVoiceData(MACOS_SAFARI, 'fr-FR', { knowledge: french });
		expect(ranked.map((r) => r.voice.name)).toEqual(['Thomas', 'Amélie']);
	});
});
