import type { TextDirection } from '$lib/article/types';

/** Languages offered when the reader picks one by hand: the widely spoken and the right-to-left ones. */
export const LANGUAGE_CHOICES: readonly string[] = Object.freeze(
	(
		'en ar he fa ur ps yi ru uk be bg sr zh ja ko el hi bn ta te th vi id ms ' +
		'fr de es it pt nl pl tr sv da nb fi cs sk hu ro hr ca hy ka sw am'
	).split(' ')
);

// Languages written right to left in their usual script (primary subtags, ISO 639).
const RTL_LANGUAGES = new Set(
	'ar arc azb bal bqi ckb dv fa glk he iw ji khw ks lrc mzn nqo pnb prs ps sd skr syr ug ur yi'.split(' ')
);

// Right-to-left scripts (ISO 15924), so "az-Arab" is rtl while "ar-Latn" (Arabizi) is not.
const RTL_SCRIPTS = new Set('adlm arab aran hebr mand nkoo rohg samr syrc thaa yezi'.split(' '));

/** Direction of a BCP 47 tag: a script subtag decides when present, else the primary language. */
export function directionOf(lang: string): TextDirection {
	const subtags = String(lang).trim().toLowerCase().split(/[-_]/);
	// Subtags after a singleton ("-x-", "-u-") are extensions, not a script.
	const singleton = subtags.findIndex((subtag, index) => index > 0 && subtag.length === 1);
	const base = singleton < 0 ? subtags : subtags.slice(0, singleton);
	const script = base.slice(1).find((subtag) => /^[a-z]{4}$/.test(subtag));
	if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
	return RTL_LANGUAGES.has(base[0] ?? '') ? 'rtl' : 'ltr';
}

// One language per script: the one most readers of that script read. Kana and Han are told apart below.
const SCRIPTS = new Map(
	(
		'Latin:en Arabic:ar Hebrew:he Cyrillic:ru Greek:el Hangul:ko Kana:ja Han:zh Thai:th Devanagari:hi ' +
		'Bengali:bn Tamil:ta Telugu:te Kannada:kn Malayalam:ml Gujarati:gu Gurmukhi:pa Oriya:or Sinhala:si ' +
		'Armenian:hy Georgian:ka Ethiopic:am Khmer:km Lao:lo Myanmar:my Tibetan:bo Thaana:dv Syriac:syr Mongolian:mn'
	)
		.split(' ')
		.map((pair) => pair.split(':') as [script: string, lang: string])
);

const SCRIPT_NAMES = [...SCRIPTS.keys()];
// One pass with a named group per script; Kana covers both Hiragana and Katakana.
const LETTER = new RegExp(
	SCRIPT_NAMES.map((name) =>
		name === 'Kana'
			? '(?<Kana>[\\p{Script=Hiragana}\\p{Script=Katakana}])'
			: `(?<${name}>\\p{Script=${name}})`
	).join('|'),
	'gu'
);
// Enough letters to be sure of a script; more only costs time on a 5 MB file.
const SAMPLE_LETTERS = 4000;
// Where the letter-by-letter refinements look; a long text has shown its script well before this.
const SAMPLE_CHARS = 50_000;
// Japanese always mixes kana into its kanji; Chinese quoting a katakana name should stay Chinese.
const MIN_KANA_SHARE = 0.02;

function countScripts(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	let seen = 0;
	for (const match of text.matchAll(LETTER)) {
		const name = SCRIPT_NAMES.find((script) => match.groups?.[script] !== undefined);
		if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
		if (++seen >= SAMPLE_LETTERS) break;
	}
	return counts;
}

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

/** Persian and Urdu write Arabic script with letters Arabic itself does not use. */
function arabicScriptLanguage(text: string): string {
	const urdu = count(text, /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]/g);
	const persian = count(text, /[\u067E\u0686\u0698\u06A9\u06AF\u06CC]/g);
	const arabic = count(text, /[\u0629\u0643\u064A]/g);
	if (urdu > 0 && urdu >= arabic) return 'ur';
	return persian > arabic ? 'fa' : 'ar';
}

/** Ukrainian, Belarusian and Serbian each have letters Russian lacks. */
function cyrillicLanguage(text: string): string {
	if (/[ђћџљњј]/i.test(text)) return 'sr';
	if (/[ў]/i.test(text)) return 'be';
	if (/[їєґ]/i.test(text) || (/і/i.test(text) && !/[ыэъ]/i.test(text))) return 'uk';
	return 'ru';
}

/**
 * Guesses a language from the script most of the letters are in. Latin text, or text without letters, is
 * taken as English: telling Latin-script languages apart needs word lists, and the reader can pick one.
 */
export function detectLanguage(text: string): { lang: string; dir: TextDirection } {
	const sample = String(text).slice(0, SAMPLE_CHARS);
	const counts = countScripts(sample);
	const kana = counts.get('Kana') ?? 0;
	const han = counts.get('Han') ?? 0;
	// Kana and Han compete as one writing system, or Japanese with many kanji would come out Chinese.
	counts.set('Han', han + kana);
	counts.delete('Kana');
	let winner = 'Latin';
	let most = 0;
	for (const [script, letters] of counts) if (letters > most) [winner, most] = [script, letters];
	let lang = SCRIPTS.get(winner) ?? 'en';
	if (winner === 'Han' && kana / (han + kana) >= MIN_KANA_SHARE) lang = 'ja';
	else if (winner === 'Arabic') lang = arabicScriptLanguage(sample);
	else if (winner === 'Cyrillic') lang = cyrillicLanguage(sample);
	return { lang, dir: directionOf(lang) };
}
