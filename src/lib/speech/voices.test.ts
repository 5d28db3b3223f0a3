import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpeechVoice } from './engine';
import { ESPEAK_ENGLISH, NOVELTY_VARIANTS, espeakVoices, makeVoice } from '$lib/testing/speech-factory';
import { groupVoicesByRegion, isNoveltyVoice, rankVoices, rememberedVoice, searchVoices } from './voices';

const mixed = [
	makeVoice('Karen', 'en-AU'),
	makeVoice('Google UK English Male', 'en-GB', { localService: false }),
	makeVoice('Generic', 'en'),
	makeVoice('Daniel', 'en_GB'),
	makeVoice('Thomas', 'fr-FR'),
	makeVoice('Zarvox', 'en-US'),
	makeVoice('Eddy (English (UK))', 'en-GB', { isDefault: true }),
	makeVoice('Google US English', 'en-US', { localService: false })
];

describe('rankVoices', () => {
	it('puts the exact region first, then other regions, then the bare language; local before network', () => {
		expect(rankVoices(mixed, 'en-GB').map((v) => v.name)).toEqual([
			'Eddy (English (UK))',
			'Daniel',
			'Google UK English Male',
			'Karen',
			'Google US English',
			'Generic'
		]);
	});

	it('leaves out other languages and novelty voices', () => {
		expect(rankVoices(mixed, 'fr').map((v) => v.name)).toEqual(['Thomas']);
		expect(rankVoices(mixed, 'de')).toEqual([]);
		expect(isNoveltyVoice(makeVoice('Bad News (English (US))', 'en-US'))).toBe(true);
		expect(isNoveltyVoice(makeVoice('English (Great Britain)+whisper', 'en-GB'))).toBe(true);
		expect(isNoveltyVoice(makeVoice('Fred', 'en-US'))).toBe(false);
	});

	it('ranks the 13,362 voices of espeak-ng: 800 English ones, British first', () => {
		const voices = espeakVoices();
		expect(voices).toHaveLength(13_362);
		expect(voices.filter((v) => v.lang.startsWith('en'))).toHaveLength(816);
		const ranked = rankVoices(voices, 'en-GB');
		expect(ranked).toHaveLength(816 - ESPEAK_ENGLISH.length * NOVELTY_VARIANTS.length);
		const british = ranked.findLastIndex((v) => v.lang.startsWith('en-GB'));
		expect(british).toBe(499);
		expect(ranked.slice(500).every((v) => ['en-029', 'en-US', 'en-US-nyc'].includes(v.lang))).toBe(true);
	});

	it('keeps only voices of the wanted language, each once, for any list (property)', () => {
		const tags = ['en', 'en-GB', 'en-US', 'en_gb', 'fr', 'fr-CA', 'de-DE'];
		const voice = fc.record({
			name: fc.constantFrom('Daniel', 'Amélie', 'Bells', 'Anna'),
			lang: fc.constantFrom(...tags),
			localService: fc.boolean(),
			isDefault: fc.boolean(),
			voiceURI: fc.uuid()
		});
		fc.assert(
			fc.property(fc.array(voice), fc.constantFrom(...tags), (voices: SpeechVoice[], lang) => {
				const ranked = rankVoices(voices, lang);
				const wanted = lang.slice(0, 2);
				expect(new Set(ranked).size).toBe(ranked.length);
				expect(ranked.every((v) => v.lang.startsWith(wanted) && v.name !== 'Bells')).toBe(true);
				expect(ranked).toHaveLength(
					voices.filter((v) => v.lang.startsWith(wanted) && v.name !== 'Bells').length
				);
			})
		);
	});
});

describe('groupVoicesByRegion', () => {
	it('groups the 13,362 voices by language and region, named and sorted for the reader', () => {
		const groups = groupVoicesByRegion(espeakVoices(), 'en');
		expect(groups).toHaveLength(126);
		const labels = groups.map((g) => g.label);
		expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
		const british = groups.find((g) => g.tag === 'en-GB');
		expect(british?.label).toBe('English (United Kingdom)');
		expect(british?.voices).toHaveLength(5 * 102);
		expect(groups.reduce((sum, g) => sum + g.voices.length, 0)).toBe(13_362);
	});

	it('names groups in the display locale and lists local voices first', () => {
		const groups = groupVoicesByRegion(mixed, 'fr');
		expect(groups.map((g) => g.label)).toContain('anglais (Royaume-Uni)');
		expect(groups.find((g) => g.tag === 'en-GB')?.voices.at(-1)?.localService).toBe(false);
	});
});

describe('searchVoices', () => {
	it('finds voices by every word of the query in name, tag or language name', () => {
		const voices = espeakVoices();
		expect(searchVoices(voices, 'scotland')).toHaveLength(102);
		expect(searchVoices(voices, 'max english', 'en')).toHaveLength(ESPEAK_ENGLISH.length);
		expect(searchVoices(voices, '  ')).toHaveLength(13_362);
		expect(searchVoices(voices, 'no such voice')).toEqual([]);
	});

	it('ignores case and accents', () => {
		expect(searchVoices([makeVoice('Amélie', 'fr-CA')], 'AMELIE')).toHaveLength(1);
	});
});

describe('remembered voices and preferences', () => {
	it('finds a remembered voice by name and language, tolerating another region or spelling', () => {
		expect(rememberedVoice(mixed, { name: 'Daniel', lang: 'en-GB' })?.lang).toBe('en_GB');
		expect(rememberedVoice(mixed, { name: 'Karen', lang: 'en-GB' })?.lang).toBe('en-AU');
		expect(rememberedVoice(mixed, { name: 'Thomas', lang: 'en-GB' })).toBeNull();
		expect(rememberedVoice(mixed, null)).toBeNull();
	});
});
