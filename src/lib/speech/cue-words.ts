// The words of the spoken cues, in the article's language: the voice reading a French article says "Titre.",
// not "Heading." in a French accent. One table per language, with counts chosen by the language's own plural
// rules (Intl.PluralRules: Russian has three forms for "items", Arabic six, Hebrew a dual). Languages without a
// table get the pauses and no cue: a word in the wrong language would interrupt more than it helps.
import { parseTag } from './language-tags';

export interface CueWords {
	heading: string;
	headingLevel(level: number): string;
	/** Before a list: its kind and its length ("List, 3 items."). */
	list(count: number, ordered: boolean): string;
	item(position: number): string;
	endOfList: string;
	quote: string;
	endOfQuote: string;
	/** Before a promo or a related link. */
	related: string;
}

/** A count's forms by plural category; `#` stands for the number. `other` is required, as in CLDR. */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

function counted(lang: string, count: number, forms: Forms): string {
	const category = new Intl.PluralRules(lang).select(count);
	return (forms[category] ?? forms.other).replace('#', String(count));
}

function words(
	lang: string,
	table: Omit<CueWords, 'list'> & { lists: [plain: string, numbered: string]; items: Forms; comma?: string }
): CueWords {
	const { lists, items, comma = ', ', ...rest } = table;
	return {
		...rest,
		list: (count, ordered) => `${lists[ordered ? 1 : 0]}${comma}${counted(lang, count, items)}.`
	};
}

const TABLES: Record<string, CueWords> = {
	en: words('en', {
		heading: 'Heading.',
		headingLevel: (level) => `Heading level ${level}.`,
		lists: ['List', 'Numbered list'],
		items: { one: '# item', other: '# items' },
		item: (position) => `Item ${position}.`,
		endOfList: 'End of list.',
		quote: 'Quote.',
		endOfQuote: 'End of quote.',
		related: 'Related.'
	}),
	fr: words('fr', {
		heading: 'Titre.',
		headingLevel: (level) => `Titre de niveau ${level}.`,
		lists: ['Liste', 'Liste numérotée'],
		items: { one: '# élément', other: '# éléments' },
		item: (position) => `Élément ${position}.`,
		endOfList: 'Fin de la liste.',
		quote: 'Citation.',
		endOfQuote: 'Fin de la citation.',
		related: 'À lire aussi.'
	}),
	de: words('de', {
		heading: 'Überschrift.',
		headingLevel: (level) => `Überschrift, Ebene ${level}.`,
		lists: ['Liste', 'Nummerierte Liste'],
		items: { one: '# Eintrag', other: '# Einträge' },
		item: (position) => `Eintrag ${position}.`,
		endOfList: 'Ende der Liste.',
		quote: 'Zitat.',
		endOfQuote: 'Ende des Zitats.',
		related: 'Siehe auch.'
	}),
	es: words('es', {
		heading: 'Encabezado.',
		headingLevel: (level) => `Encabezado de nivel ${level}.`,
		lists: ['Lista', 'Lista numerada'],
		items: { one: '# elemento', other: '# elementos' },
		item: (position) => `Elemento ${position}.`,
		endOfList: 'Fin de la lista.',
		quote: 'Cita.',
		endOfQuote: 'Fin de la cita.',
		related: 'Contenido relacionado.'
	}),
	it: words('it', {
		heading: 'Titolo.',
		headingLevel: (level) => `Titolo di livello ${level}.`,
		lists: ['Elenco', 'Elenco numerato'],
		items: { one: '# voce', other: '# voci' },
		item: (position) => `Voce ${position}.`,
		endOfList: "Fine dell'elenco.",
		quote: 'Citazione.',
		endOfQuote: 'Fine della citazione.',
		related: 'Contenuti correlati.'
	}),
	pt: words('pt', {
		heading: 'Título.',
		headingLevel: (level) => `Título de nível ${level}.`,
		lists: ['Lista', 'Lista numerada'],
		items: { one: '# item', other: '# itens' },
		item: (position) => `Item ${position}.`,
		endOfList: 'Fim da lista.',
		quote: 'Citação.',
		endOfQuote: 'Fim da citação.',
		related: 'Conteúdo relacionado.'
	}),
	nl: words('nl', {
		heading: 'Kop.',
		headingLevel: (level) => `Kop van niveau ${level}.`,
		lists: ['Lijst', 'Genummerde lijst'],
		items: { one: '# item', other: '# items' },
		item: (position) => `Item ${position}.`,
		endOfList: 'Einde van de lijst.',
		quote: 'Citaat.',
		endOfQuote: 'Einde citaat.',
		related: 'Zie ook.'
	}),
	ru: words('ru', {
		heading: 'Заголовок.',
		headingLevel: (level) => `Заголовок уровня ${level}.`,
		lists: ['Список', 'Нумерованный список'],
		items: { one: '# пункт', few: '# пункта', many: '# пунктов', other: '# пункта' },
		item: (position) => `Пункт ${position}.`,
		endOfList: 'Конец списка.',
		quote: 'Цитата.',
		endOfQuote: 'Конец цитаты.',
		related: 'Читайте также.'
	}),
	ar: words('ar', {
		heading: 'عنوان.',
		headingLevel: (level) => `عنوان من المستوى ${level}.`,
		lists: ['قائمة', 'قائمة مرقمة'],
		items: { one: 'عنصر واحد', two: 'عنصران', few: '# عناصر', many: '# عنصرًا', other: '# عنصر' },
		comma: '، ',
		item: (position) => `العنصر ${position}.`,
		endOfList: 'نهاية القائمة.',
		quote: 'اقتباس.',
		endOfQuote: 'نهاية الاقتباس.',
		related: 'محتوى ذو صلة.'
	}),
	he: words('he', {
		heading: 'כותרת.',
		headingLevel: (level) => `כותרת ברמה ${level}.`,
		lists: ['רשימה', 'רשימה ממוספרת'],
		items: { one: 'פריט אחד', two: 'שני פריטים', other: '# פריטים' },
		item: (position) => `פריט ${position}.`,
		endOfList: 'סוף הרשימה.',
		quote: 'ציטוט.',
		endOfQuote: 'סוף הציטוט.',
		related: 'ראו גם.'
	}),
	zh: {
		heading: '标题。',
		headingLevel: (level) => `${level}级标题。`,
		list: (count, ordered) => `${ordered ? '编号列表' : '列表'}，共${count}项。`,
		item: (position) => `第${position}项。`,
		endOfList: '列表结束。',
		quote: '引文。',
		endOfQuote: '引文结束。',
		related: '相关内容。'
	}
};

/** Languages whose cues Lectern can say (primary subtags). */
export const CUE_LANGUAGES: readonly string[] = Object.freeze(Object.keys(TABLES));

/** The cue words for an article's language tag, or null where Lectern has none. */
export function cueWords(lang: string): CueWords | null {
	return TABLES[parseTag(lang).language] ?? null;
}
