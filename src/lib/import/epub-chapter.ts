// One chapter of a book: its XHTML read inertly, pictures turned into their alternative text, the places the
// table of contents points at marked, then the same sanitising and block walk as an HTML import.
import { inertMarkup, rewriteStartTags, sanitiseElement, validLang, type ParseHtml } from './html';
import { blockDrafts, clean, type Draft } from './html-blocks';

// Elements whose children the block walk reads one by one; a mark inside anything else (a paragraph, a list,
// a quotation) would land in its text, so it goes before that whole block instead.
const CONTAINERS = new Set('body section div article main header footer aside figure details'.split(' '));

export interface ChapterMark {
	/** The id the contents entry points at; none for the chapter's start. */
	fragment?: string;
	/** The text of the placeholder heading that stands where the entry begins. */
	text: string;
}

export interface Chapter {
	drafts: Draft[];
	lang?: string;
}

const VOID_ELEMENTS = new Set(
	'area base br col embed hr img input keygen link meta param source track wbr'.split(' ')
);

/**
 * XHTML read by the HTML parser: a self-closed element (`<div/>`, `<title/>`) is closed explicitly, since HTML
 * ignores the slash and a `<title/>` would swallow the whole chapter. Chapters are not parsed as XML because
 * Chrome answers malformed XML with an error page whose inline style the app's CSP blocks and reports.
 */
export function xhtmlAsHtml(xhtml: string): string {
	return rewriteStartTags(inertMarkup(xhtml), (tag) => {
		const name = /^<([^\s/>]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
		return tag.endsWith('/>') && !VOID_ELEMENTS.has(name) ? `${tag.slice(0, -2)}></${name}>` : tag;
	});
}

function blockStart(element: Element, body: Element): Element {
	let at = element;
	while (at.parentElement && at.parentElement !== body && !CONTAINERS.has(at.parentElement.localName))
		at = at.parentElement;
	return at;
}

/**
 * Puts a placeholder heading where each mark's target begins: before the block holding its fragment, or at
 * the top for the chapter itself and for a fragment the chapter lacks.
 */
function placeMarks(doc: Document, body: Element, marks: readonly ChapterMark[]): void {
	const top = body.firstChild;
	for (const mark of marks) {
		const heading = doc.createElement('h6');
		heading.textContent = mark.text;
		const target = mark.fragment ? doc.getElementById(mark.fragment) : null;
		if (target && target !== body && body.contains(target)) {
			const start = blockStart(target, body);
			start.parentNode?.insertBefore(heading, start);
		} else body.insertBefore(heading, top);
	}
}

/** Pictures become the words their alternative text gives, and nothing where it gives none. */
function picturesAsText(doc: Document, body: Element): void {
	for (const image of Array.from(body.getElementsByTagNameNS('*', 'img'))) {
		const alt = clean(image.getAttribute('alt') ?? '');
		image.replaceWith(doc.createTextNode(alt ? ` ${alt} ` : ' '));
	}
}

/** A chapter's blocks, headings at their own level, with a placeholder heading for each mark. */
export function readChapter(xhtml: string, marks: readonly ChapterMark[], parseHtml: ParseHtml): Chapter {
	const doc = parseHtml(xhtmlAsHtml(xhtml));
	const page = doc.documentElement;
	const body = doc.body ?? page;
	if (!body) return { drafts: [] };
	picturesAsText(doc, body);
	placeMarks(doc, body, marks);
	const root = sanitiseElement(body, parseHtml);
	const lang = validLang(page?.getAttribute('xml:lang')) ?? validLang(page?.getAttribute('lang'));
	return { drafts: blockDrafts(root), lang };
}
