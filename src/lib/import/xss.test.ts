// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { XSS_MARKER, XSS_PAYLOADS } from '../../../tests/fixtures/xss-payloads';
import { sanitiseHtml } from './html';
import { importFile, importText } from './index';
import { expectArticle, fileOf, outputTexts, outputWords, words } from '$lib/testing/import-factory';

const BEFORE = 'Words around the payload keep the page readable.';
const AFTER = 'And more words after it.';
const ALLOWED_ATTRIBUTES = ['lang', 'dir', 'hidden', 'aria-hidden'];
const ACTIVE_ELEMENTS =
	'script, style, iframe, frame, frameset, object, embed, form, input, base, meta, link, svg, math';
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;
// Raw HTML tags in a payload; autolinks such as <javascript:…> are Markdown syntax, not tags.
const TAG = /<(?![a-z][a-z\d+.-]*:)\/?[a-z][^<>]*>/gi;

const cases = XSS_PAYLOADS.map((payload, n) => ({ n, payload }));

function page(payload: string, n: number): string {
	return (
		`<!doctype html><html><head><title>Payload ${n}</title></head><body><article><h1>Payload ${n}</h1>` +
		`<p>${BEFORE}</p>${payload}<p>${AFTER}</p></article></body></html>`
	);
}

/** Problems a sanitised tree would have if it could still run anything. */
function activeParts(body: HTMLElement): string[] {
	const problems = Array.from(body.querySelectorAll(ACTIVE_ELEMENTS), (element) => `<${element.localName}>`);
	for (const element of Array.from(body.querySelectorAll('*'))) {
		for (const name of element.getAttributeNames()) {
			if (!ALLOWED_ATTRIBUTES.includes(name)) problems.push(`${name} on <${element.localName}>`);
			if (SCRIPT_URL.test(element.getAttribute(name) ?? ''))
				problems.push(`${name}=${element.getAttribute(name)}`);
		}
	}
	return problems;
}

/** Text as the reader's page would hold it passes the sanitiser untouched, so it can only ever be text. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the XSS corpus', () => {
	it('holds at least 60 distinct payloads, each calling alert with the marker once decoded', () => {
		expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
		expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
		const decoder = document.createElement('textarea');
		for (const payload of XSS_PAYLOADS) {
			decoder.innerHTML = payload.replace(/base64,([\w+/=]+)/g, (_, data: string) => atob(data));
			expect(decoder.value, payload).toContain(XSS_MARKER);
		}
	});
});

describe.each(cases)('XSS payload $n', ({ n, payload }) => {
	it('imported as HTML, is sanitised to inert structure and leaves only text', () => {
		expect(activeParts(sanitiseHtml(payload)), payload).toEqual([]);
		expect(activeParts(sanitiseHtml(page(payload, n))), payload).toEqual([]);
		const article = expectArticle(importFile(fileOf(`payload-${n}.html`, page(payload, n))));
		expect(article.title).toBe(`Payload ${n}`);
		expect(outputTexts(article)).toContain(BEFORE);
	});

	it('imported as Markdown, keeps its raw HTML as literal text', () => {
		const markdown = `${payload}\n\nPayload ${n} in Markdown.\n\n${payload}`;
		const article = expectArticle(importFile(fileOf(`payload-${n}.md`, markdown)));
		expect(outputTexts(article)).toContain(`Payload ${n} in Markdown.`);
		const text = collapse(outputTexts(article).join(' '));
		for (const tag of payload.match(TAG) ?? []) expect(text, payload).toContain(collapse(tag));
		// A payload opening with a tag is an HTML block, which Markdown passes through word for word.
		if (/^<(?![a-z][a-z\d+.-]*:)/i.test(payload)) expect(outputWords(article)).toEqual(words(markdown));
	});

	it('imported as plain text, keeps every word literally', () => {
		const text = `${payload}\n\nPayload ${n} as text.\n\n${payload}`;
		const article = expectArticle(importText(text));
		expect(outputWords(article)).toEqual(words(text));
	});
});
