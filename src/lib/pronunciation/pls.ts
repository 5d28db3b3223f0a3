// The W3C Pronunciation Lexicon Specification (PLS 1.0) as far as a rule list can carry it: one `lexeme` per
// word, with `grapheme` (as written) and `alias` (as said). Patterns have no PLS form and stay out of an export;
// lexemes with only a `phoneme` have no rule form and are counted as skipped on import.
import { parseTag } from '$lib/speech/language-tags';
import type { PronunciationRule } from './lexicon';

export const PLS_NAMESPACE = 'http://www.w3.org/2005/01/pronunciation-lexicon';
export const PLS_TYPE = 'application/pls+xml';

export type PlsImport =
	{ ok: true; rules: Omit<PronunciationRule, 'id'>[]; skipped: number } | { ok: false; message: string };

/** The rules in a PLS document; `fallbackLang` when the lexicon has no `xml:lang`. */
export function parsePls(xml: string, fallbackLang: string): PlsImport {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	const root = doc.documentElement;
	if (doc.getElementsByTagName('parsererror').length > 0 || root?.localName !== 'lexicon')
		return {
			ok: false,
			message: 'This file is not a pronunciation lexicon (PLS): it has no <lexicon> element.'
		};
	const lang = parseTag(root.getAttribute('xml:lang') || fallbackLang).language;
	const rules: Omit<PronunciationRule, 'id'>[] = [];
	let skipped = 0;
	for (const lexeme of Array.from(root.getElementsByTagNameNS('*', 'lexeme'))) {
		const text = (name: string) =>
			Array.from(lexeme.getElementsByTagNameNS('*', name))
				.map((node) => node.textContent?.trim() ?? '')
				.filter(Boolean);
		const alias = text('alias')[0];
		const graphemes = text('grapheme');
		if (!alias || graphemes.length === 0) {
			skipped++;
			continue;
		}
		for (const match of graphemes)
			rules.push({ lang, match, say: alias, pattern: false, caseSensitive: true });
	}
	return { ok: true, rules, skipped };
}

/** A PLS document of the whole-word rules for `lang`; patterns are left out (PLS has none). */
export function toPls(rules: readonly PronunciationRule[], lang: string): string {
	const doc = document.implementation.createDocument(PLS_NAMESPACE, 'lexicon', null);
	const root = doc.documentElement;
	root.setAttribute('version', '1.0');
	root.setAttribute('alphabet', 'ipa');
	root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
	for (const rule of rules) {
		if (rule.pattern || rule.lang !== parseTag(lang).language) continue;
		const lexeme = doc.createElementNS(PLS_NAMESPACE, 'lexeme');
		for (const [name, value] of [
			['grapheme', rule.match],
			['alias', rule.say]
		] as const) {
			const element = doc.createElementNS(PLS_NAMESPACE, name);
			element.textContent = value;
			lexeme.append(element);
		}
		root.append(lexeme);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}
