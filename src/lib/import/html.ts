import { Readability } from '@mozilla/readability';
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { blockTexts } from '$lib/article/parse';
import type { Block, TextDirection } from '$lib/article/types';
import { clean, htmlBlocks, textOf } from './html-blocks';

/** Parses HTML inertly; a parser from another window (jsdom in tests) names it, to sanitise with it too. */
export type ParseHtml = ((html: string) => Document) & { window?: Window & typeof globalThis };

/** DOMParser builds an inert document: scripts never run and nothing is fetched. */
export const defaultParseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

// An event handler or style attribute; the tokenizer also splits attributes at `/`, as in `<img/onerror=…>`.
const ACTIVE_ATTRIBUTE = /([\s/"'])(on[a-z]+|style)(?=\s*=|[\s/>])/gi;
const STYLE_TAG = /<(\/?)style(?=[\s/>])/gi;
// Any <base> sets the inert document's base URL, which the policy's base-uri forbids and reports. It becomes
// a <wbr>: void like it, so nothing after it is swallowed.
const BASE_TAG = /<base(?=[\s/>])/gi;

/**
 * Renames event handlers, style attributes and <style> and <base> elements before anything parses the page.
 * Even an inert document checks them against the page's Content-Security-Policy, and Chrome reports each as
 * a violation; nothing of them is kept anyway. A <style> becomes a <template>, whose content is no text. A
 * form this misses is still removed by the sanitiser: the renaming only spares the reports.
 */
export function inertMarkup(html: string): string {
	const renamed = String(html).replace(STYLE_TAG, '<$1template').replace(BASE_TAG, '<wbr data-inert-base');
	return rewriteStartTags(renamed, (tag) => tag.replace(ACTIVE_ATTRIBUTE, '$1data-inert-$2'));
}

/**
 * Rewrites each start tag, quoted values skipped whole so a `>` inside one does not end it. One pass, never
 * revisiting a character: a regular expression here backtracks quadratically on a page of unclosed `<a`.
 */
export function rewriteStartTags(html: string, rewrite: (tag: string) => string): string {
	let out = '';
	let from = 0;
	for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', from)) {
		if (!/[a-z]/i.test(html[at + 1] ?? '')) {
			out += html.slice(from, at + 1);
			from = at + 1;
			continue;
		}
		let end = at + 1;
		while (end < html.length && html[end] !== '>') {
			const quote = html[end];
			end = quote === '"' || quote === "'" ? html.indexOf(quote, end + 1) + 1 || html.length : end + 1;
		}
		// No `>` to come: nothing after this point can be a whole tag either
		if (end >= html.length) break;
		out += html.slice(from, at) + rewrite(html.slice(at, end + 1));
		from = end + 1;
	}
	return out + html.slice(from);
}

// Only structure that carries text survives; every other tag is unwrapped (its text kept) or, for the
// forbidden ones below, dropped with its content. No attribute that can hold a URL or script is allowed.
const PURIFY_CONFIG: Config = {
	ALLOWED_TAGS: (
		'a abbr address article aside b bdi bdo blockquote body br caption cite code dd del details dfn div dl ' +
		'dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i ins kbd li main mark ol p pre q ' +
		's samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
	).split(' '),
	ALLOWED_ATTR: ['lang', 'dir', 'hidden', 'aria-hidden'],
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	KEEP_CONTENT: true,
	ADD_FORBID_CONTENTS:
		'form button select option datalist textarea input object embed canvas nav dialog'.split(' ')
};

// One sanitiser per parser: finding its window costs a parse, and a page imports with the same parser throughout.
const purifiers = new WeakMap<ParseHtml, Purifier>();

/**
 * DOMPurify bound to a real window. Without one it returns its input unchanged, so that case is an error:
 * a DOMParser document has no window of its own, hence the parser's named one, else the page's.
 */
function purifierFor(parseHtml: ParseHtml): Purifier {
	let purifier = purifiers.get(parseHtml);
	if (!purifier) {
		const view =
			parseHtml('').defaultView ?? parseHtml.window ?? (typeof window === 'undefined' ? null : window);
		if (!view) throw new Error('There is no DOM window to sanitise HTML with.');
		purifier = DOMPurify(view);
		if (!purifier.isSupported) throw new Error('DOMPurify cannot sanitise in this environment.');
		purifiers.set(parseHtml, purifier);
	}
	return purifier;
}

/**
 * Sanitises HTML down to text-bearing structure and returns the body of a fresh, inert document holding it:
 * no scripts, frames, forms, foreign (SVG, MathML) content, event handlers or URLs of any kind. The tree
 * DOMPurify cleaned is returned as it is, never serialised and parsed again, so no mutation can creep in.
 */
export function sanitiseHtml(html: string, parseHtml: ParseHtml = defaultParseHtml): HTMLElement {
	const body = purifierFor(parseHtml).sanitize(inertMarkup(html), { ...PURIFY_CONFIG, RETURN_DOM: true });
	// RETURN_DOM without a fragment gives the cleaned document's <body> (typed only as Node), or null for nothing.
	return (body as HTMLElement | null) ?? parseHtml('').createElement('body');
}

/**
 * The same sanitising for an element parsed already, from markup `inertMarkup` has made inert: DOMPurify
 * copies it into its own document and cleans the copy, which spares parsing a book's chapters twice.
 */
export function sanitiseElement(element: Element, parseHtml: ParseHtml = defaultParseHtml): HTMLElement {
	const body = purifierFor(parseHtml).sanitize(element, { ...PURIFY_CONFIG, RETURN_DOM: true });
	return (body as HTMLElement | null) ?? parseHtml('').createElement('body');
}

/** A BCP 47-looking tag, or undefined for empty and malformed values such as "en us" or "x". */
export function validLang(value: string | null | undefined): string | undefined {
	const lang = value?.trim().replace(/_/g, '-');
	return lang && /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(lang) ? lang : undefined;
}

function validDir(value: string | null | undefined): TextDirection | undefined {
	const dir = value?.trim().toLowerCase();
	return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
}

function metaContent(doc: Document, names: readonly string[]): string | undefined {
	for (const meta of Array.from(doc.querySelectorAll('meta'))) {
		const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
		const content = clean(meta.getAttribute('content') ?? '');
		if (names.includes(name) && content !== '') return content;
	}
	return undefined;
}

// Below this much text Readability may have cut a short page down to a fragment; compare with the body.
const MIN_READABLE_CHARS = 500;

type Readable = NonNullable<ReturnType<Readability['parse']>>;

/** Readability works on a copy because it rewrites the tree it is given. */
function runReadability(doc: Document): Readable | null {
	// A page with less text than Readability's threshold cannot reach it, and each of its three retries
	// reparses the page; 1 (not 0, which means "default") accepts the first attempt.
	const short = (doc.body?.textContent ?? '').length < MIN_READABLE_CHARS;
	try {
		// JSON-LD is skipped so that nothing inside a <script>, even metadata, ever becomes article text.
		const options = { disableJSONLD: true, ...(short ? { charThreshold: 1 } : {}) };
		return new Readability(doc.cloneNode(true) as Document, options).parse();
	} catch (error) {
		// A page Readability cannot handle is still read, as a whole body, so this is not an import failure.
		console.warn('Readability could not parse the page; reading the whole body instead.', error);
		return null;
	}
}

// A body this many times longer than Readability's pick holds navigation and clutter, not more article.
const CLUTTER_FACTOR = 2;

export interface HtmlArticle {
	title: string;
	lang?: string;
	dir?: TextDirection;
	blocks: Block[];
}

// A made-up title is a label, not a sentence: a few words, or characters for scripts written without spaces.
const TITLE_WORDS = 8;
const TITLE_CHARS = 60;

/** A title for a page without one: the opening words of its first text. */
export function firstWords(blocks: readonly Block[]): string {
	const text = blocks.flatMap(blockTexts).find((t) => t !== '') ?? '';
	const words = text.split(' ');
	const opening = words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : text;
	const chars = Array.from(opening);
	return chars.length > TITLE_CHARS + 1 ? `${chars.slice(0, TITLE_CHARS).join('').trim()}…` : opening;
}

/**
 * Reads an HTML page as an article: Readability picks the main content (the whole body for short pages), the
 * sanitiser strips everything active, and the walk keeps only text. Null when there is no readable text.
 */
export function parseHtmlArticle(
	html: string,
	options: { title?: string; parseHtml?: ParseHtml } = {}
): HtmlArticle | null {
	const parseHtml = options.parseHtml ?? defaultParseHtml;
	const doc = parseHtml(inertMarkup(html));
	const readable = runReadability(doc);
	const readableText = clean(readable?.textContent ?? '');
	const content = readableText === '' ? '' : (readable?.content ?? '');
	let root: HTMLElement;
	if (content !== '' && readableText.length >= MIN_READABLE_CHARS) root = sanitiseHtml(content, parseHtml);
	else {
		// Sanitising costs as much as parsing, so Readability's short pick is only sanitised when it wins.
		const body = sanitiseHtml(html, parseHtml);
		const cluttered = clean(body.textContent ?? '').length > readableText.length * CLUTTER_FACTOR;
		root = content !== '' && cluttered ? sanitiseHtml(content, parseHtml) : body;
	}
	const h1 = doc.querySelector('h1');
	const firstH1 = h1 ? textOf(h1) : '';
	let title = clean(options.title ?? '') || clean(readable?.title ?? '') || clean(doc.title) || firstH1;
	// "Headline | Site name": the page's own headline is the article's title, without the site around it
	if (!options.title && firstH1 && title !== firstH1 && title.includes(firstH1)) title = firstH1;
	const description = metaContent(doc, ['description', 'og:description', 'twitter:description']);
	const summaries = [readable?.excerpt ?? '', description ?? ''];
	const { blocks, droppedTitle } = htmlBlocks(root, { title, summaries });
	if (blocks.length === 0 && !droppedTitle) return null;
	title ||= firstWords(blocks);
	const page = doc.documentElement;
	return {
		title,
		lang:
			validLang(page?.getAttribute('lang')) ??
			validLang(page?.getAttribute('xml:lang')) ??
			validLang(readable?.lang),
		dir:
			validDir(page?.getAttribute('dir')) ??
			validDir(doc.body?.getAttribute('dir')) ??
			validDir(readable?.dir),
		blocks
	};
}
