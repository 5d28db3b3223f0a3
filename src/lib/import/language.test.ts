import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, LANGUAGE_CHOICES } from './language';

describe('detectLanguage', () => {
	it.each([
		['ar', 'rtl', 'قالت وزارة الصحة إن عدد الضحايا ارتفع خلال الأسبوع الماضي في المدينة.'],
		['he', 'rtl', 'הממשלה הודיעה היום על תוכנית חדשה לבניית דירות בירושלים ובתל אביב.'],
		['fa', 'rtl', 'این گزارش نشان می‌دهد که پیشرفت کار در شهرهای کوچک کندتر بوده است.'],
		['ur', 'rtl', 'پاکستان میں آج بارش کی وجہ سے کئی سڑکیں بند رہیں اور لوگ گھروں میں رہے۔'],
		['ru', 'ltr', 'Правительство объявило о новой программе строительства жилья в городах.'],
		['uk', 'ltr', 'Уряд оголосив про нову програму будівництва житла в містах і селах країни.'],
		['el', 'ltr', 'Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο πρόγραμμα για την κατασκευή κατοικιών.'],
		['ja', 'ltr', '東京都は今日、新しい住宅計画を発表しました。多くの人が期待しています。'],
		['zh', 'ltr', '政府今天宣布了一项新的住房建设计划，许多城市将参与其中。'],
		['ko', 'ltr', '정부는 오늘 새로운 주택 건설 계획을 발표했습니다.'],
		['th', 'ltr', 'รัฐบาลประกาศแผนการสร้างที่อยู่อาศัยใหม่ในวันนี้'],
		['hi', 'ltr', 'सरकार ने आज शहरों में नए आवास निर्माण की योजना की घोषणा की।'],
		['en', 'ltr', 'The government announced a new housing plan for the cities today.']
	])('reads %s text as %s', (lang, dir, text) => {
		expect(detectLanguage(text)).toEqual({ lang, dir });
	});

	it('goes by most of the letters, so English quoting one Arabic word stays English', () => {
		expect(detectLanguage('The word مرحبا means hello in Arabic, and people say it every day.').lang).toBe(
			'en'
		);
	});

	it('calls Japanese heavy with kanji Japanese as long as kana appear', () => {
		expect(detectLanguage('東京都知事選挙の投票率は過去最低を記録した').lang).toBe('ja');
	});

	it('falls back to English for text without letters', () => {
		expect(detectLanguage('12345 — 678 !!!')).toEqual({ lang: 'en', dir: 'ltr' });
		expect(detectLanguage('')).toEqual({ lang: 'en', dir: 'ltr' });
	});
});

describe('directionOf', () => {
	it.each([
		['ar', 'rtl'],
		['ar-EG', 'rtl'],
		['he-IL', 'rtl'],
		['fa_IR', 'rtl'],
		['ur', 'rtl'],
		['ckb', 'rtl'],
		['yi', 'rtl'],
		['az-Arab', 'rtl'],
		['pa-Arab-PK', 'rtl'],
		['ar-Latn', 'ltr'],
		['en', 'ltr'],
		['en-x-arab', 'ltr'],
		['zh-Hant-TW', 'ltr'],
		['', 'ltr'],
		['not a tag', 'ltr']
	])('gives %s the direction %s', (lang, dir) => {
		expect(directionOf(lang)).toBe(dir);
	});
});

describe('LANGUAGE_CHOICES', () => {
	it('offers about forty distinct languages, the right-to-left ones included', () => {
		expect(LANGUAGE_CHOICES.length).toBeGreaterThanOrEqual(40);
		expect(new Set(LANGUAGE_CHOICES).size).toBe(LANGUAGE_CHOICES.length);
		for (const lang of [
			'en',
			'ar',
			'he',
			'fa',
			'ur',
			'ru',
			'uk',
			'zh',
			'ja',
			'ko',
			'el',
			'hi',
			'th',
			'fr',
			'de'
		])
			expect(LANGUAGE_CHOICES).toContain(lang);
		for (const lang of ['es', 'it', 'pt', 'nl', 'pl', 'tr']) expect(LANGUAGE_CHOICES).toContain(lang);
	});
});
