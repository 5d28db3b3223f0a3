import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingLevelCue, itemCue, listCue, nextCue, type CueWords } from './cue-words';
import { CUE_LANGUAGES, loadCueWords } from './load-cue-words';

const ALL = new Map<string, CueWords>();
beforeAll(async () => {
	for (const lang of CUE_LANGUAGES) {
		const words = await loadCueWords(lang);
		if (words) ALL.set(lang, words);
	}
});
const words = (lang: string): CueWords => {
	const found = ALL.get(lang);
	if (!found) throw new Error(`no cue words for ${lang}`);
	return found;
};

describe('cue words', () => {
	it('are there for the corpus’s ten languages and six more, each file loading', () => {
		expect([...CUE_LANGUAGES].sort()).toEqual(
			['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'uk', 'zh'].sort()
		);
		expect([...ALL.keys()].sort()).toEqual([...CUE_LANGUAGES].sort());
	});

	it('count list items with each language’s own plural forms', () => {
		expect([1, 3, 5, 21, 112].map((n) => listCue(words('ru'), 'ru-RU', n, false))).toEqual([
			'Список, 1 пункт.',
			'Список, 3 пункта.',
			'Список, 5 пунктов.',
			'Список, 21 пункт.',
			'Список, 112 пунктов.'
		]);
		expect([1, 2, 3, 11, 100].map((n) => listCue(words('ar'), 'ar-EG', n, true))).toEqual([
			'قائمة مرقمة، عنصر واحد.',
			'قائمة مرقمة، عنصران.',
			'قائمة مرقمة، 3 عناصر.',
			'قائمة مرقمة، 11 عنصرًا.',
			'قائمة مرقمة، 100 عنصر.'
		]);
		expect([1, 2, 7].map((n) => listCue(words('he'), 'he-IL', n, false))).toEqual([
			'רשימה, פריט אחד.',
			'רשימה, שני פריטים.',
			'רשימה, 7 פריטים.'
		]);
		expect([1, 2, 5, 22].map((n) => listCue(words('pl'), 'pl', n, false))).toEqual([
			'Lista, 1 element.',
			'Lista, 2 elementy.',
			'Lista, 5 elementów.',
			'Lista, 22 elementy.'
		]);
		expect([21, 11].map((n) => listCue(words('uk'), 'uk', n, false))).toEqual([
			'Список, 21 пункт.',
			'Список, 11 пунктів.'
		]);
		expect(listCue(words('tr'), 'tr', 1, false)).toBe('Liste, 1 öğe.');
		expect(listCue(words('en'), 'en-GB', 1, false)).toBe('List, 1 item.');
		expect(listCue(words('pt'), 'pt-BR', 2, true)).toBe('Lista numerada, 2 itens.');
		expect(listCue(words('zh'), 'zh-CN', 4, false)).toBe('列表，共4项。');
		expect(headingLevelCue(words('fr'), 2)).toBe('Titre de niveau 2.');
		expect(itemCue(words('de'), 3)).toBe('Eintrag 3.');
	});

	it('have every cue in the language itself, never blank, never with a placeholder left', () => {
		const english = words('en');
		for (const lang of CUE_LANGUAGES) {
			const w = words(lang);
			const said = [w.heading, headingLevelCue(w, 2), itemCue(w, 2), w.endOfList, w.quote, w.endOfQuote];
			said.push(listCue(w, lang, 4, false), listCue(w, lang, 4, true), w.related, nextCue(w, 'Tides'));
			for (const cue of said) {
				expect(cue.trim(), `${lang}: ${cue}`).not.toBe('');
				expect(cue, `${lang}: ${cue}`).not.toContain('#');
			}
			if (lang !== 'en') {
				expect(w.heading, lang).not.toBe(english.heading);
				expect(w.endOfQuote, lang).not.toBe(english.endOfQuote);
			}
		}
	});

	it('say the number of items and the position, where a word does not say it', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CUE_LANGUAGES),
				fc.integer({ min: 1, max: 10_000 }),
				fc.boolean(),
				(lang, count, ordered) => {
					const w = words(lang);
					// "one item" and "two items" are words in Arabic and Hebrew
					if (count > 2) expect(listCue(w, lang, count, ordered)).toContain(String(count));
					expect(itemCue(w, count)).toContain(String(count));
					expect(headingLevelCue(w, count)).toContain(String(count));
					expect(listCue(w, lang, count, true)).not.toBe(listCue(w, lang, count, false));
				}
			)
		);
	});

	it('say the next title as written, whatever is in it', () => {
		expect(nextCue(words('en'), 'Prices up $& down $1 #2')).toBe('Next: Prices up $& down $1 #2');
		expect(nextCue(words('fr'), 'Le tramway')).toBe('Ensuite : Le tramway');
	});

	it('are found by region, script and legacy tags, and not for other languages', async () => {
		expect((await loadCueWords('fr-CA'))?.heading).toBe('Titre.');
		expect((await loadCueWords('zh-Hant-TW'))?.heading).toBe('标题。');
		expect((await loadCueWords('iw'))?.heading).toBe('כותרת.');
		expect(await loadCueWords('ko')).toBeNull();
		expect(await loadCueWords('')).toBeNull();
	});
});
