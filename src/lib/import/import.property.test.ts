// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sanitiseHtml, type ParseHtml } from './html';
import { importFile, importText } from './index';
import { html, SCRIPT_WORD, STYLE_WORD, textLike } from '$lib/testing/import-arbitraries';
import {
	fileOf,
	outputTexts,
	outputWords,
	renewingParsers,
	utf16,
	utf8,
	words
} from '$lib/testing/import-factory';
import type { ImportResult } from './types';

// The benchmark runs these with FC_RUNS=10000; the time limit grows with the run count.
const RUNS = Number(process.env.FC_RUNS ?? 200);
const TIMEOUT = Math.max(60_000, RUNS * 30);

function settled(result: ImportResult): void {
	if (result.ok) expect(typeof result.article.title).toBe('string');
	else expect(result.error.message.length).toBeGreaterThan(20);
}

/** Whether `needles` appear in `haystack` in order, others possibly between them. */
function inOrder(needles: string[], haystack: string[]): boolean {
	let at = 0;
	for (const word of haystack) if (word === needles[at]) at++;
	return at === needles.length;
}

const ALLOWED_ATTRIBUTES = new Set(['lang', 'dir', 'hidden', 'aria-hidden']);
const ACTIVE_ELEMENTS =
	'script, style, iframe, object, embed, form, svg, math, template, base, meta, link, img';

/** What the sanitiser let through that it should not have: active elements and any other attribute. */
function leftActive(page: string, parseHtml: ParseHtml): string[] {
	const body = sanitiseHtml(page, parseHtml);
	const elements = [...body.querySelectorAll(ACTIVE_ELEMENTS)].map((element) => `<${element.localName}>`);
	const attributes = [...body.querySelectorAll('*')].flatMap((element) =>
		[...element.attributes].filter((a) => !ALLOWED_ATTRIBUTES.has(a.name)).map((a) => `@${a.name}`)
	);
	return [...elements, ...attributes];
}

describe('import properties', () => {
	const parser = renewingParsers();

	// Readability throws on some pages (a <base> without href, for one); the import then reads the whole body
	// and warns, which would print thousands of lines here.
	beforeEach(() => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	});
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('importText never throws, for any string', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(textLike, (text) => settled(importText(text))),
			{ numRuns: RUNS }
		);
	});

	it('plain-text import keeps every word of the input, in order', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(textLike, (text) => {
				const result = importText(text);
				if (!result.ok) expect(words(text)).toEqual([]);
				else expect(inOrder(words(text), outputWords(result.article))).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('importFile never throws, for any bytes and any name', { timeout: TIMEOUT }, () => {
		const name = fc.oneof(
			fc.string(),
			fc
				.tuple(
					fc.string({ maxLength: 8 }),
					fc.constantFrom('txt', 'MD', 'html', 'htm', 'pdf', '', 'constructor')
				)
				.map(([base, extension]) => `${base}.${extension}`)
		);
		const bytes = fc.oneof(
			fc.uint8Array({ maxLength: 300 }),
			textLike.map(utf8),
			textLike.map((text) => utf16(text, 'le')),
			html.map(utf8)
		);
		const type = fc.constantFrom(
			'',
			'text/plain',
			'text/html',
			'text/markdown',
			'application/pdf',
			'image/png'
		);
		fc.assert(
			fc.property(name, bytes, type, (fileName, content, mime) =>
				settled(importFile(fileOf(fileName, content, mime), { parseHtml: parser() }))
			),
			{ numRuns: RUNS }
		);
	});

	it('HTML import of arbitrary markup never throws and outputs only inert text', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(html, (page) => {
				const parseHtml = parser();
				const result = importFile(fileOf('page.html', page), { parseHtml });
				settled(result);
				expect(leftActive(page, parseHtml)).toEqual([]);
				if (!result.ok) return;
				for (const text of outputTexts(result.article)) {
					expect(text).not.toContain(SCRIPT_WORD);
					expect(text).not.toContain(STYLE_WORD);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it(
		'the sanitised DOM of arbitrary markup holds no script, handler or script URL',
		{ timeout: TIMEOUT },
		() => {
			fc.assert(
				fc.property(html, (page) => {
					const body = sanitiseHtml(page, parser());
					expect(
						body.querySelector('script, style, iframe, object, embed, form, base, meta, svg, math')
					).toBeNull();
					const attributes = Array.from(body.querySelectorAll('*')).flatMap((e) => e.getAttributeNames());
					expect(
						attributes.filter((name) => !['lang', 'dir', 'hidden', 'aria-hidden'].includes(name))
					).toEqual([]);
					expect(body.textContent).not.toContain(SCRIPT_WORD);
				}),
				{ numRuns: RUNS }
			);
		}
	);
});
