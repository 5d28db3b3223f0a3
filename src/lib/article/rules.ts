// What a lone line or paragraph of plain text is, judged from its text alone. The parser (parse.ts) adds
// what depends on the neighbours: a heading must be followed by prose, metadata must open the article.
import { BYLINE, DATE, FOLLOW_LIVE, PART_HEADING, PROMO_LABELS, PUBLISHED, RELEASE } from './labels';

const words = (text: string) => text.split(' ').length;

// Marks that open a line of dialogue or a quotation, and what closes each.
const QUOTE_PAIRS: Record<string, string> = {
	'"': '"',
	'“': '”',
	'„': '“',
	'«': '»',
	'»': '«',
	'‘': '’',
	"'": "'",
	'「': '」',
	'『': '』',
	'‹': '›'
};

/** "Label: headline" split at its first colon (a full-width one too), or null. */
function labelled(text: string): { label: string; text: string } | null {
	const match = /^([^:：]{1,50}?)\s*[:：]\s*(.*)$/u.exec(text);
	if (!match) return null;
	const label = match[1] ?? '';
	const rest = match[2] ?? '';
	return /[\p{L}\p{N}]/u.test(rest) && words(label) <= 5 ? { label, text: rest } : null;
}

/**
 * A related-content promo. A publisher's label ("Read more", "Analysis", "اقرأ أيضا") marks one whatever its
 * headline ends with, since headlines end with questions and full stops too; any other capitalised label
 * only over a short call to follow live coverage ("Middle East latest: Follow live updates"), where an ending
 * full stop would make it a sentence of the story.
 */
export function asideParts(text: string): { label: string; text: string } | null {
	// A promo is a line, not a paragraph: long text after a label is the story's own sentence.
	if (text.length > 200 || words(text) > 25) return null;
	const parts = labelled(text);
	if (!parts) return null;
	const label = parts.label.toLowerCase().replace(/\s+/g, ' ');
	if (PROMO_LABELS.has(label)) return parts;
	const capitalised = /^\p{Lu}[^,;!?]*$/u.test(parts.label) && words(parts.label) <= 4;
	const followLive = FOLLOW_LIVE.test(parts.text) && words(parts.text) <= 8;
	return capitalised && followLive && !/[.!?…]$/.test(parts.text) ? parts : null;
}

/** A label alone on a line ending with a colon ("Read more:"), whose headline follows on the next line. */
export function promoLabelLine(line: string): string | null {
	const match = /^(.+?)\s*[:：]$/u.exec(line);
	const label = match?.[1];
	return label && PROMO_LABELS.has(label.toLowerCase().replace(/\s+/g, ' ')) ? label : null;
}

/** A paragraph that is one quotation from its opening mark to the matching closing one, nothing around it. */
export function isWholeQuote(text: string): boolean {
	const close = QUOTE_PAIRS[text[0] ?? ''];
	if (close === undefined || text.length < 3 || !text.endsWith(close)) return false;
	// A closing mark inside means two quotations, or a quotation and its attribution ("…," she said, "…").
	return !text.slice(1, -1).includes(close) && /\p{L}/u.test(text);
}

/**
 * A heading is a phrase, not a sentence: 1–12 words, at most 100 characters, no semicolon, no ending full
 * stop, exclamation or colon (a question is fine: explainers ask their sub-headings), not starting
 * lower-case. Numbering in front ("1. Background", "2.3 Scope") is a heading's, not a sentence's.
 */
export function looksLikeHeading(text: string): boolean {
	// Dialogue opens with a quotation mark or a dash; a heading does not.
	if (/^[-–—"“„«»‘'「『‹]/u.test(text)) return false;
	const body = text.replace(/^(?:\p{Nd}+(?:\.\p{Nd}+)*[.)]?|[A-Z][.)])\s+/u, '');
	if (body === '' || text.length > 100 || words(text) > 12 || /[;؛]/u.test(text)) return false;
	// A comma makes a phrase a clause ("Yes, he said"), except in a question ("Why, then, did it fail?").
	const question = /[?？؟]$/u.test(body.replace(/["'”’»)\]]+$/u, ''));
	if (!question && /[,，،]/u.test(body)) return false;
	if (/[.!:;…。！：、]$/u.test(body.replace(/["'”’»)\]]+$/u, ''))) return false;
	// Two sentences ("It works. Mostly") are prose.
	if (/[.!?。！？](?:\s|$)/u.test(body.slice(0, -1))) return false;
	const firstLetter = /\p{L}/u.exec(body)?.[0];
	return firstLetter !== undefined && !/\p{Ll}/u.test(firstLetter);
}

/** "Part two", "Chapter 3": a heading over the text's own sub-headings. */
export const isPartHeading = (text: string) => PART_HEADING.test(text) && looksLikeHeading(text);

/** The level a heading's numbering gives it: "1. Background" 2, "1.2 Scope" 3, "1.2.3 Terms" 4. */
export function numberedLevel(text: string): number {
	const numbering = /^\p{Nd}+((?:\.\p{Nd}+)*)[.)]?\s/u.exec(text)?.[1] ?? '';
	return Math.min(6, 2 + numbering.split('.').length - 1);
}

/**
 * A metadata line: a byline ("By Jane Doe"), a publication line ("Published 6 May 2024", "Updated 14:05")
 * or a dateline that is only a date and a place ("London, 6 May 2024"). Short, so a sentence that happens
 * to start with "By" stays prose.
 */
export function isMetaLine(line: string): boolean {
	return isCreditLine(line) || isDateline(line);
}

/** A byline, a publication line or a press release's release line: never a heading, wherever it stands. */
export function isCreditLine(line: string): boolean {
	if (line.length > 120 || words(line) > 14) return false;
	if (BYLINE.test(line)) {
		// The name after "By" is a name: capitalised where the script has capitals.
		const name = line.replace(/^\S+(?:\s+by)?[\s:：]+/iu, '');
		return !/^\p{Ll}/u.test(name) && !/[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''));
	}
	if (PUBLISHED.test(line)) return /\p{Nd}/u.test(line);
	// "FOR IMMEDIATE RELEASE", "Embargoed until 00:01, 3 May".
	return RELEASE.test(line);
}

/**
 * A dateline: a date with at most a place, a weekday and a time beside it, no sentence ("6 May 2024 was the
 * day…" is one): every other word capitalised, a number or in a script without capitals. Further into an
 * article a date alone can head a diary's entry, so only the parser's lead takes it for metadata.
 */
function isDateline(line: string): boolean {
	const date = DATE.exec(line);
	if (!date || words(line) > 8) return false;
	const rest = line
		.replace(date[0], ' ')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
	return rest.every((word) => !/^\P{L}*\p{Ll}/u.test(word) || /^(?:at|on|le|am|de|del|um|à)$/.test(word));
}

/** A name alone ("Jonas Weber"): two to four capitalised words, as a byline without its "By". */
export function isNameLine(line: string): boolean {
	const names = line.split(' ');
	return names.length >= 2 && names.length <= 4 && names.every((name) => /^\p{Lu}[\p{L}'’.-]*$/u.test(name));
}
