// Fixtures for the import tests: files as the page hands them over, and a realistic article page.
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { blockTexts } from '$lib/article/parse';
import type { ParseHtml } from '$lib/import/html';
import type { ImportedArticle, ImportError, ImportResult } from '$lib/import/types';

export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** UTF-16 bytes, little- or big-endian, with or without a byte order mark. */
export function utf16(text: string, endian: 'le' | 'be' = 'le', bom = true): Uint8Array {
	const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
	if (bom) units.unshift(0xfeff);
	const bytes = new Uint8Array(units.length * 2);
	units.forEach((unit, i) => {
		const [high, low] = [unit >> 8, unit & 0xff];
		bytes.set(endian === 'le' ? [low, high] : [high, low], i * 2);
	});
	return bytes;
}

export function fileOf(name: string, content: string | Uint8Array, type = '') {
	return { name, type, bytes: typeof content === 'string' ? utf8(content) : content };
}

/** The article of a result that must have succeeded; fails the test with the reader's message otherwise. */
export function expectArticle(result: ImportResult): ImportedArticle {
	if (!result.ok) expect.fail(`Expected an article, got ${result.error.code}: ${result.error.message}`);
	return result.article;
}

export function expectError(result: ImportResult): ImportError {
	if (result.ok) expect.fail(`Expected an error, got the article "${result.article.title}"`);
	return result.error;
}

// Tokens that only mark structure up (heading hashes, bullets, list numbers, quote marks) and are not words.
const MARKUP = /^(?:#+|>+|[-*•]|\d+[.)])$/;

/** Whitespace-separated words (control characters count as whitespace) with pure markup dropped. */
export function words(text: string): string[] {
	return (
		text
			// eslint-disable-next-line no-control-regex -- the parser turns control characters into spaces
			.replace(/[\u0000-\u001F]/g, ' ')
			.split(/\s+/)
			.filter((token) => token !== '' && !MARKUP.test(token))
	);
}

/** Every string a reader would see or hear: the title, then each block's texts. */
export function outputTexts(article: ImportedArticle): string[] {
	return [article.title, ...article.blocks.flatMap(blockTexts)];
}

export function outputWords(article: ImportedArticle): string[] {
	return outputTexts(article).flatMap(words);
}

export const ARTICLE_SUMMARY =
	'Volunteers have spent three winters rebuilding the old harbour wall stone by stone, and the work is finally done.';

/**
 * A news page as a browser saves it: site chrome, navigation, adverts, a sidebar, scripts and styles around
 * one article with a heading, list and quote.
 */
export function articlePage(options: { lang?: string; dir?: string; description?: string } = {}): string {
	const { lang = 'en-GB', dir, description = ARTICLE_SUMMARY } = options;
	const paragraph = (n: number) =>
		`<p>Paragraph ${n} of the harbour story. The stones were numbered, lifted by hand and set back in lime mortar, ` +
		`as the original builders did in 1820. Each one weighs more than a small car, so the work went slowly.</p>`;
	return `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>
<head>
	<meta charset="utf-8">
	<title>Harbour wall rebuilt after three winters | The Coastal Gazette</title>
	<meta name="description" content="${description}">
	<style>.advert { background: url(ad.png) } body::before { content: "STYLE TEXT" }</style>
	<script>window.analytics = 'SCRIPT TEXT';</script>
</head>
<body>
	<header class="site-header">
		<a class="logo" href="/">The Coastal Gazette</a>
		<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
		<div class="cookie-banner">We use cookies. <button>Accept all</button></div>
	</header>
	<div class="advert ad-banner" id="ad-top">Advertisement: Buy one boat, get one free</div>
	<main>
		<article class="article">
			<h1>Harbour wall rebuilt after three winters</h1>
			<p class="byline">By Morag Fisher</p>
			<p>${ARTICLE_SUMMARY}</p>
			${paragraph(1)}
			${paragraph(2)}
			<h2>How the wall was rebuilt</h2>
			${paragraph(3)}
			<ul><li>Number every stone</li><li>Lift it by hand</li><li>Set it in lime mortar</li></ul>
			<blockquote><p>We could not have done it without the whole village.</p><p>Everyone carried something.</p></blockquote>
			${paragraph(4)}
			<figure><img src="wall.jpg" alt="The wall"><figcaption>The finished wall at high tide.</figcaption></figure>
			${paragraph(5)}
			<script>document.write('SCRIPT TEXT')</script>
		</article>
		<aside class="sidebar most-read"><h2>Most read</h2><ol><li><a href="/a">Seal pup rescued</a></li><li><a href="/b">Ferry fares rise</a></li></ol></aside>
	</main>
	<div class="advert" id="ad-bottom">Advertisement: Sea views for sale</div>
	<footer class="site-footer"><p>© The Coastal Gazette. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body>
</html>`;
}

/**
 * HTML parsers for thousands of property cases, each from a jsdom window replaced every `every` parsers, and
 * named on the parser so DOMPurify works in that window too. A jsdom window slows with every document it has
 * made (DOMPurify's RETURN_DOM slows page by page; a fresh window every 100 keeps it flat), which made the
 * import properties many times slower at thousands of cases. Browsers have no such cost.
 */
export function renewingParsers(every = 100): () => ParseHtml {
	let used = 0;
	let window: JSDOM['window'] | undefined;
	let parse: ParseHtml = () => {
		throw new Error('unreachable');
	};
	return () => {
		if (used++ % every === 0) {
			window?.close();
			const fresh = new JSDOM('').window;
			window = fresh;
			parse = Object.assign((html: string) => new fresh.DOMParser().parseFromString(html, 'text/html'), {
				window: fresh as unknown as Window & typeof globalThis
			});
		}
		return parse;
	};
}
