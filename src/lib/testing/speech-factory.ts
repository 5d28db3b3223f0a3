// Fixtures for the speech tests: voices (up to espeak-ng's full 13,362), a short story's speech items, and a
// narrator wired to a fake engine that records what it said.
import { parseArticle, type Article } from '$lib/article';
import type { SpeechVoice } from '$lib/speech/engine';
import { createFakeEngine, type FakeEngineOptions } from './fake-speech-engine';
import { Narrator } from '$lib/speech/narrator.svelte';
import type { NarratorOptions } from '$lib/speech/narrator-options';
import { buildSpeechItems, type SpeechItem } from '$lib/speech/speech-items';

export function makeVoice(name: string, lang: string, extra: Partial<SpeechVoice> = {}): SpeechVoice {
	return { name, lang, localService: true, isDefault: false, voiceURI: `test:${name}:${lang}`, ...extra };
}

/** espeak-ng's English language tags: 8 of them, × 102 variants = the 816 English voices Chromium lists. */
export const ESPEAK_ENGLISH = [
	'en-029',
	'en-GB',
	'en-GB-scotland',
	'en-GB-x-gbclan',
	'en-GB-x-gbcwmd',
	'en-GB-x-rp',
	'en-US',
	'en-US-nyc'
];
const OTHER_LANGUAGES =
	'af am an ar as az ba be bg bn bs ca cs cy da de el eo es et eu fa fi fr ga gd gu he hi hr hu hy id is it ja ka kk nl pl pt'.split(
		' '
	);
/** 2 of the 102 variants are novelty ones, as in espeak-ng. */
export const NOVELTY_VARIANTS = ['Demonic', 'female_whisper'];
const VARIANTS = [
	'',
	'Max',
	'Annie',
	'Andy',
	'Steph',
	'klatt',
	...NOVELTY_VARIANTS,
	...Array.from({ length: 94 }, (_, i) => `Variant${i + 1}`)
];

/** 131 language tags × 102 variants = 13,362 voices, as Chromium with speech-dispatcher and espeak-ng lists them. */
export function espeakVoices(): SpeechVoice[] {
	const tags = [...ESPEAK_ENGLISH, ...OTHER_LANGUAGES.flatMap((code) => [code, `${code}-BR`, `${code}-CH`])];
	return tags.flatMap((tag) =>
		VARIANTS.map((variant) => {
			const name = variant ? `${tag} voice+${variant}` : `${tag} voice`;
			return makeVoice(name, tag, { voiceURI: name, isDefault: tag === 'af' && variant === '' });
		})
	);
}

/** Eight items: the title, a two-sentence standfirst, a heading, three sentences, then one more paragraph. */
export const STORY = `Voices at dawn

The harbour woke slowly. Boats knocked together.

The market

Fish came in at six. Prices rose by noon. Nobody complained.

Gulls circled the stalls.`;

/** The story as an article (its speech items: storyItems). */
export function storyArticle(): Article {
	return parseArticle(STORY, { id: 'story', lang: 'en-GB' });
}

export function storyItems(): SpeechItem[] {
	return buildSpeechItems(storyArticle());
}

/** An item where only its position matters. */
export function positionedItem(block: number, sentence: number, chunk = 0, part = 0): SpeechItem {
	const text = `Block ${block} part ${part} sentence ${sentence} chunk ${chunk}.`;
	return { block, part, sentence, chunk, text, start: 0, end: text.length, lang: 'en', words: 7 };
}

/** A narrator over the story with a fake engine, recording each item start and each word it hears of. */
export function narrateStory(engineOptions: FakeEngineOptions = {}, options: Partial<NarratorOptions> = {}) {
	const engine = createFakeEngine(engineOptions);
	const items = storyItems();
	const started: number[] = [];
	const words: string[] = [];
	const narrator = new Narrator(engine, items, {
		lang: 'en-GB',
		onItemStart: (_item, index) => started.push(index),
		onWord: (item, charIndex, charLength) => words.push(item.text.slice(charIndex, charIndex + charLength)),
		...options
	});
	return { engine, items, narrator, started, words, texts: items.map((item) => item.text) };
}
