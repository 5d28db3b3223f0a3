// The words publishers put on lines that are not the story itself: promo labels, calls to follow live
// coverage, bylines and publication dates, and the words that name a part of a long text. One list per idea,
// in the languages Lectern detects (src/lib/import/language.ts), lower-cased for matching.

/** Labels of related-content promos ("Read more: …"): a line under one of them is set aside. */
export const PROMO_LABELS = new Set(
	[
		// English
		'read more|read more about this|read next|related|related story|related stories|related article|related content',
		'related coverage|analysis|watch|watch live|listen|live|live updates|explainer|more on this story|also read',
		'opinion|see also|recommended|video|podcast|comment|factbox|fact check|in pictures|read also',
		'you may also like|must read|explained|in depth',
		// French, German, Spanish, Italian, Portuguese, Dutch
		'lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|analyse|vidéo|direct|en direct|décryptage',
		'tribune|sur le même sujet|à voir aussi|écouter|regarder|lesen sie auch|mehr zum thema|auch interessant',
		'kommentar|liveticker|hören|erklärt|meinung|siehe auch|lee también|lea también|leer más|relacionado',
		'análisis|opinión|en vivo|en directo|escucha|mira|te puede interesar|más sobre este tema|leggi anche',
		'approfondimento|analisi|opinione|diretta|in diretta|ascolta|guarda|leia também|leia mais|veja também',
		'análise|opinião|ao vivo|ouça|assista|saiba mais|lees ook|lees meer|opinie|kijk|luister|gerelateerd',
		// Polish, Turkish, Swedish, Danish, Norwegian, Czech, Romanian, Greek
		'czytaj także|czytaj też|zobacz też|zobacz także|analiza|opinia|na żywo|wideo|posłuchaj|ayrıca okuyun',
		'ayrıca|ilgili haber|ilgili|analiz|görüş|canlı|dinle|izle|läs också|läs mer|analys|læs også|les også',
		'čtěte také|čtěte též|citește și|διαβάστε επίσης|ανάλυση',
		// Russian, Ukrainian, Arabic, Hebrew, Persian, Urdu
		'читайте также|читать также|по теме|анализ|мнение|онлайн|прямой эфир|видео|смотрите|слушайте|подробнее',
		'читайте також|дивіться також|аналіз|думка|наживо|відео|слухайте|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا',
		'إقرأ أيضاً|اقرأ المزيد|مواضيع ذات صلة|ذات صلة|تحليل|رأي|مباشر|شاهد|استمع|فيديو|المزيد حول هذه القصة',
		'קראו גם|קרא גם|עוד בנושא|ניתוח|דעה|צפו|האזינו|שידור חי|וידאו|بیشتر بخوانید|بخوانید|دیدگاه|ویدیو',
		'مزید پڑھیں|یہ بھی پڑھیں|تجزیہ',
		// Chinese, Japanese, Korean, Hindi, Indonesian, Vietnamese, Swahili
		'延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关报道|相關報導|分析|评论|評論|直播|视频|影片|関連記事|あわせて読みたい',
		'解説|動画|ライブ|관련 기사|관련기사|함께 읽기|분석|영상|라이브|यह भी पढ़ें|और पढ़ें|विश्लेषण|baca juga',
		'xem thêm|đọc thêm|soma pia|soma zaidi'
	]
		.join('|')
		.split('|')
);

/**
 * Short calls to follow coverage elsewhere ("Follow live updates"): under any label, such a line is a
 * promo, as in "Middle East latest: Follow live updates".
 */
export const FOLLOW_LIVE =
	/^(?:(?:follow|get|read|see|watch|join)\b.{0,40}\b(?:live|updates|coverage|latest|blog)\b.*|live updates|latest updates|suivez\b.{0,30}\b(?:direct|live)\b.*|sigue\b.{0,30}\b(?:directo|vivo|última hora)\b.*|verfolgen sie\b.*|alle (?:news|entwicklungen)\b.*|segui\b.{0,30}\bdiretta\b.*|acompanhe\b.{0,30}\bao vivo\b.*|следите\b.*|تابع(?:وا)?\s.*|עדכונים בזמן אמת.*|לעדכונים.*)$/iu;

/**
 * Metadata lines: who wrote the piece and when it was published or updated. They open with a word such as
 * "By" or "Published" followed by a name or a date.
 */
export const BYLINE =
	/^(?:by|written by|words by|reporting by|story by|von|par|por|di|door|av|af|przez|автор|автори|بقلم|كتب|كتبه|מאת|نویسنده|作者|記者|글)[\s:：]+\S/iu;
export const PUBLISHED =
	/^(?:published|updated|last updated|first published|posted|last modified|publié|mis à jour|veröffentlicht|aktualisiert|stand|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|yayınlanma|güncelleme|опубликовано|обновлено|опубліковано|оновлено|نشر|نُشر|تم النشر|آخر تحديث|تحديث|פורסם|עודכן|עודכן לאחרונה|منتشر شده|به‌روز شده|发布|更新|公開|更新日)(?:\s+on|\s+at|\s+le|\s+am|\s+el|\s+il)?[\s:：]/iu;

export const RELEASE =
	/^(?:for immediate release|embargoed(?: until)?\b.*|for release\b.*|not for publication before\b.*|communiqué de presse|pressemitteilung|nota de prensa|comunicato stampa)$/iu;

const MONTHS =
	'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|' +
	'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|' +
	'settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|января|февраля|марта|апреля|мая|' +
	'июня|июля|августа|сентября|октября|ноября|декабря|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|' +
	'شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|בדצמבר';

/** A date: "6 May 2024", "May 6, 2024", "2024-05-06", "06/05/2024", "2024年5月6日". */
export const DATE = new RegExp(
	`(?:^|[\\s,(])(?:\\p{Nd}{1,2}\\.?\\s+(?:${MONTHS})\\.?(?:\\s+\\p{Nd}{4})?|(?:${MONTHS})\\.?\\s+\\p{Nd}{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\p{Nd}{4})?|\\p{Nd}{4}-\\p{Nd}{2}-\\p{Nd}{2}|\\p{Nd}{1,2}[/.]\\p{Nd}{1,2}[/.]\\p{Nd}{2,4}|\\p{Nd}{4}年\\p{Nd}{1,2}月)(?=$|[\\s,.)])`,
	'iu'
);

/** Words naming a part of a long text ("Part two", "Chapter 3"), which sit above the text's own headings. */
export const PART_HEADING =
	/^(?:part|chapter|book|act|partie|chapitre|teil|kapitel|parte|capítulo|capitolo|deel|hoofdstuk|część|rozdział|bölüm|часть|глава|частина|розділ|الجزء|الفصل|القسم|חלק|פרק|بخش|فصل)\s+[\p{L}\p{N}]+/iu;
