// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PronunciationRule } from './lexicon';
import { parsePls, toPls } from './pls';

const W3C_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
      alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>W3C</grapheme>
    <alias>World Wide Web Consortium</alias>
  </lexeme>
  <lexeme>
    <grapheme>Sepulveda</grapheme>
    <phoneme>səˈpʌlvɪdə</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>judgment</grapheme>
    <grapheme>judgement</grapheme>
    <alias>judgement</alias>
  </lexeme>
</lexicon>`;

describe('PLS import and export', () => {
	it('reads grapheme/alias lexemes and counts phoneme-only ones as skipped', () => {
		const read = parsePls(W3C_EXAMPLE, 'fr');
		expect(read).toEqual({
			ok: true,
			skipped: 1,
			rules: [
				{ lang: 'en', match: 'W3C', say: 'World Wide Web Consortium', pattern: false, caseSensitive: true },
				{ lang: 'en', match: 'judgment', say: 'judgement', pattern: false, caseSensitive: true },
				{ lang: 'en', match: 'judgement', say: 'judgement', pattern: false, caseSensitive: true }
			]
		});
	});

	it('says plainly when a file is not a lexicon', () => {
		expect(parsePls('<html><body>hi</body></html>', 'en')).toMatchObject({ ok: false });
		expect(parsePls('not xml at all <', 'en')).toEqual({
			ok: false,
			message: 'This file is not a pronunciation lexicon (PLS): it has no <lexicon> element.'
		});
	});

	it('writes whole-word rules that read back the same, leaving patterns and other languages out', () => {
		const rules: PronunciationRule[] = [
			{
				id: '1',
				lang: 'en',
				match: 'Gaza & co',
				say: 'GAH-zuh <and> co',
				pattern: false,
				caseSensitive: true
			},
			{ id: '2', lang: 'en', match: 'No\\. (\\d+)', say: 'Number $1', pattern: true, caseSensitive: false },
			{ id: '3', lang: 'fr', match: 'Paris', say: 'Pa-ri', pattern: false, caseSensitive: true }
		];
		const xml = toPls(rules, 'en-GB');
		expect(xml).toContain('xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"');
		expect(xml).toContain('xml:lang="en-GB"');
		expect(parsePls(xml, 'de')).toEqual({
			ok: true,
			skipped: 0,
			rules: [
				{ lang: 'en', match: 'Gaza & co', say: 'GAH-zuh <and> co', pattern: false, caseSensitive: true }
			]
		});
	});
});
