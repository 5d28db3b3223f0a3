import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '$lib/article';
import type { Block } from '$lib/article/types';
import { createFakeEngine } from '$lib/testing/fake-speech-engine';
import { Narrator } from './narrator.svelte';
import type { CueWords } from './cue-words';
import { CUE_LANGUAGES, loadCueWords } from './load-cue-words';
import { PAUSE_MS, blockCues, type AnnounceLevel } from './cues';
import { buildSpeechItems } from './speech-items';

const heading: Block = { kind: 'heading', level: 3, text: 'The market', id: 'the-market' };
const list: Block = { kind: 'list', ordered: false, items: ['Fish', 'Bread', 'Salt'] };
const numbered: Block = { kind: 'list', ordered: true, items: ['Only one'] };
const quote: Block = { kind: 'quote', paragraphs: ['We waited.', 'Then we left.'] };
const aside: Block = { kind: 'aside', label: 'Middle East latest', text: 'Follow live updates' };
const paragraph: Block = { kind: 'paragraph', text: 'Boats knocked together.' };

// Every language's words, loaded once, as the reader loads the article's.
const WORDS = new Map<string, CueWords | null>();
beforeAll(async () => {
	for (const lang of ['en-GB', 'fr-FR', 'fr', 'de-AT', 'es-MX', 'zh-Hans-CN', 'he', 'ko-KR', 'und'])
		WORDS.set(lang, await loadCueWords(lang));
});
const cues = (block: Block, level: AnnounceLevel, lang = 'en-GB') =>
	blockCues(block, level, lang, WORDS.get(lang) ?? null);

describe('blockCues per level', () => {
	it("'text' announces nothing", () => {
		for (const block of [heading, list, quote, aside, paragraph]) expect(cues(block, 'text')).toEqual([]);
	});

	it("'structure' (the default) says headings and lists with their length, nothing else", () => {
		expect(cues(heading, 'structure')).toEqual([{ before: 'Heading.' }]);
		expect(cues(list, 'structure')).toEqual([{ before: 'List, 3 items.' }, {}, {}]);
		expect(cues(numbered, 'structure')).toEqual([{ before: 'Numbered list, 1 item.' }]);
		expect(cues(quote, 'structure')).toEqual([]);
		expect(cues(aside, 'structure')).toEqual([]);
		expect(cues(paragraph, 'structure')).toEqual([]);
	});

	it("'everything' adds heading levels, each list item, quotations and related notes", () => {
		expect(cues(heading, 'everything')).toEqual([{ before: 'Heading level 3.' }]);
		expect(cues(list, 'everything')).toEqual([
			{ before: 'List, 3 items. Item 1.' },
			{ before: 'Item 2.' },
			{ before: 'Item 3.', after: 'End of list.' }
		]);
		expect(cues(quote, 'everything')).toEqual([{ before: 'Quote.' }, { after: 'End of quote.' }]);
		expect(cues(aside, 'everything')).toEqual([{ before: 'Related.' }]);
	});

	it("speaks its cues in the article's language", () => {
		expect(cues(heading, 'structure', 'fr-FR')).toEqual([{ before: 'Titre.' }]);
		expect(cues(list, 'everything', 'fr')).toEqual([
			{ before: 'Liste, 3 éléments. Élément 1.' },
			{ before: 'Élément 2.' },
			{ before: 'Élément 3.', after: 'Fin de la liste.' }
		]);
		expect(cues(numbered, 'structure', 'de-AT')).toEqual([{ before: 'Nummerierte Liste, 1 Eintrag.' }]);
		expect(cues(quote, 'everything', 'es-MX')).toEqual([{ before: 'Cita.' }, { after: 'Fin de la cita.' }]);
		expect(cues(heading, 'everything', 'zh-Hans-CN')).toEqual([{ before: '3级标题。' }]);
		expect(cues(aside, 'everything', 'he')).toEqual([{ before: 'ראו גם.' }]);
	});

	it('has no spoken cue in a language it has no words for (the pauses stay)', () => {
		expect(cues(heading, 'everything', 'ko-KR')).toEqual([]);
		expect(cues(list, 'structure', 'und')).toEqual([]);
		expect(CUE_LANGUAGES).not.toContain('ko');
	});

	it('orders the pauses: sentence < list item < paragraph < heading', () => {
		expect(PAUSE_MS.sentence).toBeLessThan(PAUSE_MS.item);
		expect(PAUSE_MS.item).toBeLessThan(PAUSE_MS.paragraph);
		expect(PAUSE_MS.paragraph).toBeLessThan(PAUSE_MS.heading);
	});
});

const ARTICLE = parseArticle(
	`Voices at dawn

The harbour woke. Boats knocked.

## The market

- Fish
- Bread

> We waited.`,
	{ lang: 'en-GB' }
);

describe('speech items with structure', () => {
	it('puts cues and pauses on the items, never in their text', () => {
		const items = buildSpeechItems(ARTICLE, {
			includeAsides: false,
			announce: 'everything',
			cueWords: WORDS.get('en-GB')
		});
		expect(items.map((i) => [i.text, i.cue, i.cueAfter, i.pauseMs])).toEqual([
			['Voices at dawn', undefined, undefined, undefined],
			['The harbour woke.', undefined, undefined, PAUSE_MS.paragraph],
			['Boats knocked.', undefined, undefined, undefined],
			['The market', 'Heading level 2.', undefined, PAUSE_MS.heading],
			['Fish', 'List, 2 items. Item 1.', undefined, PAUSE_MS.paragraph],
			['Bread', 'Item 2.', 'End of list.', PAUSE_MS.item],
			['We waited.', 'Quote.', 'End of quote.', PAUSE_MS.paragraph]
		]);
	});

	it('in a language without cue words, keeps the pauses and says no cue', () => {
		const items = buildSpeechItems(ARTICLE, { includeAsides: false, announce: 'everything', cueWords: null });
		expect(items.some((i) => i.cue || i.cueAfter)).toBe(false);
		expect(items.find((i) => i.text === 'The market')?.pauseMs).toBe(PAUSE_MS.heading);
	});

	it('without a level, gives the bare sentences as before', () => {
		const items = buildSpeechItems(ARTICLE);
		expect(items.some((i) => i.cue || i.cueAfter || i.pauseMs)).toBe(false);
	});
});

describe('the narrator speaks cues and waits', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('says cues as their own utterances that move no highlight, with longer silence before a heading', () => {
		const engine = createFakeEngine({ msPerChar: 10 });
		const started: string[] = [];
		const items = buildSpeechItems(ARTICLE, {
			includeAsides: false,
			announce: 'structure',
			cueWords: WORDS.get('en-GB')
		});
		const narrator = new Narrator(engine, items, {
			lang: 'en-GB',
			onItemStart: (item) => started.push(item.text),
			loadVoiceKnowledge: () => Promise.resolve(null)
		});
		const startedAt: Record<string, number> = {};
		const spokenAt = () => {
			const last = engine.requests.at(-1)?.text;
			if (last && !(last in startedAt)) startedAt[last] = Date.now();
		};
		narrator.play();
		for (let t = 0; t < 20_000; t += 10) {
			spokenAt();
			vi.advanceTimersByTime(10);
		}
		expect(engine.requests.map((r) => r.text)).toEqual([
			'Voices at dawn',
			'The harbour woke.',
			'Boats knocked.',
			'Heading.',
			'The market',
			'List, 2 items.',
			'Fish',
			'Bread',
			'We waited.'
		]);
		expect(started).toEqual(items.map((i) => i.text));
		const gap = (before: string, after: string) =>
			(startedAt[after] ?? 0) - (startedAt[before] ?? 0) - before.length * 10;
		expect(gap('The harbour woke.', 'Boats knocked.')).toBeLessThan(
			gap('Voices at dawn', 'The harbour woke.')
		);
		expect(gap('Voices at dawn', 'The harbour woke.')).toBeLessThan(gap('Boats knocked.', 'Heading.'));
	});
});
