// "Say this as that": the reader's pronunciation rules, applied to a sentence just before it is spoken. Only the
// spoken text changes; an offset map takes the engine's word boundaries back to the text on screen, so the
// highlight stays on the words shown.
import { parseTag } from '$lib/speech/language-tags';

export interface PronunciationRule {
	id: string;
	/** Primary language subtag (`en`), as the article's `lang` reduces to it. */
	lang: string;
	/** The word (or words) as written, or a regular expression when `pattern` is set. */
	match: string;
	/** What the voice says instead; in a pattern, `$1`… stand for its groups. */
	say: string;
	pattern: boolean;
	caseSensitive: boolean;
}

/** A replaced span: `[spokenStart, spokenEnd)` in the spoken text stands for `[shownStart, shownEnd)` on screen. */
export interface Replacement {
	spokenStart: number;
	spokenEnd: number;
	shownStart: number;
	shownEnd: number;
}

export interface SpokenText {
	/** What the voice is given. */
	text: string;
	/** The replaced spans in order; empty when no rule matched (then `text` is the shown text). */
	replacements: Replacement[];
}

const MAX_PATTERN = 200;

/** The sentence that explains why a rule cannot be used, or null when it can. */
export function ruleProblem(rule: Pick<PronunciationRule, 'match' | 'say' | 'pattern'>): string | null {
	if (rule.match.trim() === '') return 'Enter the word as it is written.';
	if (rule.say.trim() === '') return 'Enter how it should be said.';
	if (!rule.pattern) return null;
	if (rule.match.length > MAX_PATTERN) return `A pattern can be at most ${MAX_PATTERN} characters long.`;
	try {
		new RegExp(rule.match, 'u');
	} catch {
		return 'This pattern is not a valid regular expression. Check its brackets and backslashes.';
	}
	if (new RegExp(rule.match, 'u').test(''))
		return 'This pattern matches nothing at all; make it match a word.';
	return null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function compile(rule: PronunciationRule): RegExp | null {
	if (ruleProblem(rule) !== null) return null;
	const flags = rule.caseSensitive ? 'gu' : 'giu';
	// A whole word: not part of a longer word on either side, whatever the script.
	const source = rule.pattern
		? rule.match
		: `(?<![\\p{L}\\p{N}\\p{M}_])${escape(rule.match.trim())}(?![\\p{L}\\p{N}\\p{M}_])`;
	return new RegExp(source, flags);
}

interface Found {
	start: number;
	end: number;
	say: string;
	order: number;
}

/** The rules for one language, compiled once; rules with a problem are left out. */
export class Lexicon {
	readonly #rules: { regex: RegExp; rule: PronunciationRule }[];

	constructor(rules: readonly PronunciationRule[], lang: string) {
		const language = parseTag(lang).language;
		this.#rules = rules.flatMap((rule) => {
			const regex = rule.lang === language ? compile(rule) : null;
			return regex ? [{ regex, rule }] : [];
		});
	}

	get size(): number {
		return this.#rules.length;
	}

	/**
	 * The text to speak. Every rule is matched against the shown text (never against another rule's output);
	 * where matches overlap, the one starting first wins, then the longer, then the rule listed first.
	 */
	apply(shown: string): SpokenText {
		const found: Found[] = [];
		this.#rules.forEach(({ regex, rule }, order) => {
			regex.lastIndex = 0;
			for (const m of shown.matchAll(regex)) {
				if (m[0] === '') continue;
				const say = rule.pattern
					? rule.say.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '')
					: rule.say;
				found.push({ start: m.index, end: m.index + m[0].length, say, order });
			}
		});
		if (found.length === 0) return { text: shown, replacements: [] };
		found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
		let text = '';
		let from = 0;
		const replacements: Replacement[] = [];
		for (const hit of found) {
			if (hit.start < from) continue;
			text += shown.slice(from, hit.start);
			replacements.push({
				spokenStart: text.length,
				spokenEnd: text.length + hit.say.length,
				shownStart: hit.start,
				shownEnd: hit.end
			});
			text += hit.say;
			from = hit.end;
		}
		return { text: text + shown.slice(from), replacements };
	}
}

/**
 * Where a spoken offset falls on screen: unchanged text maps one to one; an offset inside a replacement maps to
 * the start of the words it replaced (`edge: 'start'`) or their end (`edge: 'end'`, for the end of a range).
 */
export function toShownIndex(spoken: SpokenText, index: number, edge: 'start' | 'end' = 'start'): number {
	let shift = 0;
	for (const r of spoken.replacements) {
		if (index < r.spokenStart) break;
		if (index < r.spokenEnd) return edge === 'end' && index > r.spokenStart ? r.shownEnd : r.shownStart;
		// Past a replacement, or at its end: after the words it stands for. Words said as nothing ("$2" of a
		// pattern with no such group) sit at one spoken offset; both edges pass them, so a range never ends
		// before it starts.
		shift = r.shownEnd - r.spokenEnd;
	}
	return index + shift;
}

/** A spoken word `[charIndex, charIndex + charLength)` as a range of the shown text. */
export function toShownRange(
	spoken: SpokenText,
	charIndex: number,
	charLength: number
): { start: number; end: number } {
	const start = toShownIndex(spoken, charIndex, 'start');
	return { start, end: Math.max(start, toShownIndex(spoken, charIndex + charLength, 'end')) };
}
