import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_LANGUAGES, cueWords, type CueWords } from './cue-words';

const words = (lang: string): CueWords => {
	const found = cueWords(lang);
	if (!found) throw new Error(`no cue words for ${lang}`);
	return found;
};

describe('cue words', () => {
	it('counts list items with each language’s own plural forms', () => {
		const ru = words('ru-RU');
		expect([1, 3, 5, 21, 112].map((n) => ru.list(n, false))).toEqual([
			'Список, 1 пункт.',
			'Список, 3 пункта.',
			'Список, 5 пунктов.',
			'Список, 21 пункт.',
			'Список, 112 пунктов.'
		]);
		const ar = words('ar-EG');
		expect([1, 2, 3, 11, 100].map((n) => ar.list(n, true))).toEqual([
			'قائمة مرقمة، عنصر واحد.',
			'قائمة مرقمة، عنصران.',
			'قائمة مرقمة، 3 عناصر.',
			'قائمة مرقمة، 11 عنصرًا.',
			'قائمة مرقمة، 100 عنصر.'
		]);
		const he = words('he-IL');
		expect([1, 2, 7].map((n) => he.list(n, false))).toEqual([
			'רשימה, פריט אחד.',
			'רשימה, שני פריטים.',
			'רשימה, 7 פריטים.'
		]);
		expect(words('en-GB').list(1, false)).toBe('List, 1 item.');
		expect(words('pt-BR').list(2, true)).toBe('Lista numerada, 2 itens.');
	});

	it('has every cue in every language, in that language, never blank, never with a placeholder left', () => {
		const english = words('en');
		for (const lang of CUE_LANGUAGES) {
			const w = words(lang);
			const said = [w.heading, w.headingLevel(2), w.list(4, false), w.list(4, true), w.item(2)];
			said.push(w.endOfList, w.quote, w.endOfQuote, w.related);
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

	it('says the number of items and the position, where a word does not say it', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CUE_LANGUAGES),
				fc.integer({ min: 1, max: 10_000 }),
				fc.boolean(),
				(lang, count, ordered) => {
					const w = words(lang);
					// "one item" and "two items" are words in Arabic and Hebrew
					if (count > 2) expect(w.list(count, ordered)).toContain(String(count));
					expect(w.item(count)).toContain(String(count));
					expect(w.headingLevel(count)).toContain(String(count));
					expect(w.list(count, true)).not.toBe(w.list(count, false));
				}
			)
		);
	});

	it('takes region, script and legacy tags, and knows nothing of other languages', () => {
		expect(words('fr-CA').heading).toBe('Titre.');
		expect(words('zh-Hant-TW').heading).toBe('标题。');
		expect(words('iw').heading).toBe('כותרת.');
		expect(cueWords('ja')).toBeNull();
		expect(cueWords('')).toBeNull();
	});
});
