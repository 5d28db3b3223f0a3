// The XML around an EPUB's chapters, read with the browser's own XML parser: container.xml names the package
// document, which gives the book's metadata and spine; the EPUB 3 nav or the EPUB 2 NCX gives its contents;
// encryption.xml says whether any of it is locked.
import type { TextDirection } from '$lib/article/types';
import { xhtmlAsHtml } from './epub-chapter';
import { validLang, type ParseHtml } from './html';
import { clean } from './html-blocks';

/** Parses XML inertly; null when it is not well-formed. */
export type ParseXml = (xml: string, type?: DOMParserSupportedType) => Document | null;

export const defaultParseXml: ParseXml = (xml, type = 'application/xml') => {
	const doc = new DOMParser().parseFromString(xml, type);
	return doc.getElementsByTagName('parsererror').length > 0 ? null : doc;
};

export interface SpineItem {
	path: string;
	/** The package's own id for it, which the NCX's spine reference also uses. */
	id: string;
}

export interface EpubPackage {
	title: string;
	authors: string[];
	lang?: string;
	dir?: TextDirection;
	spine: SpineItem[];
	/** Where the contents are: the EPUB 3 nav document, else the EPUB 2 NCX, else none. */
	toc?: { path: string; kind: 'nav' | 'ncx' };
	/** The EPUB 2 NCX, which an EPUB 3 book may keep beside its nav for older readers. */
	ncx?: string;
}

export interface TocEntry {
	label: string;
	path: string;
	fragment?: string;
	/** 0 for a top-level entry, 1 for one nested in it, and so on. */
	depth: number;
}

// An address no request ever goes to: only used to resolve relative paths inside the ZIP.
const ZIP_ROOT = 'https://epub.invalid/';

/** Elements by local name in any namespace, since books differ in how they declare them. */
function byName(parent: Document | Element, name: string): Element[] {
	return Array.from(parent.getElementsByTagNameNS('*', name));
}

function children(parent: Element, name: string): Element[] {
	return Array.from(parent.children).filter((child) => child.localName === name);
}

/** A ZIP path from an href relative to the file at `base`; percent-escapes decoded, the fragment apart. */
export function resolvePath(href: string, base: string): { path: string; fragment?: string } | null {
	try {
		const url = new URL(href.trim(), new URL(base, ZIP_ROOT));
		if (url.origin !== new URL(ZIP_ROOT).origin) return null;
		const fragment = decodeURIComponent(url.hash.slice(1));
		return { path: decodeURIComponent(url.pathname.slice(1)), ...(fragment ? { fragment } : {}) };
	} catch {
		return null;
	}
}

/** The package document's path from META-INF/container.xml. */
export function packagePath(container: string, parseXml: ParseXml): string | null {
	const doc = parseXml(container);
	if (!doc) return null;
	const rootfiles = byName(doc, 'rootfile');
	const opf =
		rootfiles.find((file) => file.getAttribute('media-type') === 'application/oebps-package+xml') ??
		rootfiles[0];
	const path = opf?.getAttribute('full-path')?.trim();
	return path ? (resolvePath(path, '')?.path ?? null) : null;
}

function validDir(value: string | null | undefined): TextDirection | undefined {
	return value === 'rtl' || value === 'ltr' ? value : undefined;
}

/** The book's metadata, spine in reading order and contents document, or null when the package is unreadable. */
export function readPackage(opf: string, path: string, parseXml: ParseXml): EpubPackage | null {
	const doc = parseXml(opf);
	const root = doc?.documentElement;
	if (!doc || !root || root.localName !== 'package') return null;
	const text = (name: string) => byName(doc, name).map((element) => clean(element.textContent ?? ''));
	const manifest = new Map<string, { href: string; type: string; properties: string[] }>();
	for (const item of byName(doc, 'item')) {
		const id = item.getAttribute('id');
		const href = item.getAttribute('href');
		if (!id || !href || manifest.has(id)) continue;
		const properties = (item.getAttribute('properties') ?? '').split(/\s+/);
		manifest.set(id, { href, type: item.getAttribute('media-type') ?? '', properties });
	}
	const at = (href: string) => resolvePath(href, path)?.path;
	const spineElement = byName(doc, 'spine')[0];
	const spine: SpineItem[] = [];
	for (const ref of spineElement ? children(spineElement, 'itemref') : []) {
		const id = ref.getAttribute('idref') ?? '';
		const item = manifest.get(id);
		// Only documents carry text: a picture or a font listed in the spine has nothing to read
		if (!item || !/^(application\/xhtml\+xml|text\/html)$/i.test(item.type.trim())) continue;
		const itemPath = at(item.href);
		if (itemPath) spine.push({ path: itemPath, id });
	}
	const nav = [...manifest.values()].find((item) => item.properties.includes('nav'));
	const ncx =
		manifest.get(spineElement?.getAttribute('toc') ?? '') ??
		[...manifest.values()].find((item) => item.type === 'application/x-dtbncx+xml');
	const navPath = nav && at(nav.href);
	const ncxPath = ncx && at(ncx.href);
	const lang = validLang(text('language').find((value) => value !== '') ?? root.getAttribute('xml:lang'));
	return {
		title: text('title').find((value) => value !== '') ?? '',
		authors: text('creator').filter((value) => value !== ''),
		lang,
		dir: validDir(spineElement?.getAttribute('page-progression-direction')),
		spine,
		toc: navPath ? { path: navPath, kind: 'nav' } : ncxPath ? { path: ncxPath, kind: 'ncx' } : undefined,
		ncx: ncxPath
	};
}

function entry(label: string, href: string | null, base: string, depth: number): TocEntry | null {
	const target = href ? resolvePath(href, base) : null;
	return target && label !== '' ? { label, depth, ...target } : null;
}

/** The EPUB 3 nav document's table of contents: its `toc` nav, nested lists giving the depth. */
export function readNav(xhtml: string, path: string, parseHtml: ParseHtml): TocEntry[] {
	// Read as HTML, as chapters are (see xhtmlAsHtml); only the links' text and addresses are used
	const doc = parseHtml(xhtmlAsHtml(xhtml));
	const navs = byName(doc, 'nav');
	const isToc = (nav: Element) => (nav.getAttribute('epub:type') ?? '').split(/\s+/).includes('toc');
	const toc = navs.find(isToc) ?? navs[0];
	const list = toc && byName(toc, 'ol')[0];
	const entries: TocEntry[] = [];
	const walk = (ol: Element, depth: number) => {
		for (const li of children(ol, 'li')) {
			const link = children(li, 'a')[0] ?? children(li, 'span')[0];
			const label = clean(link?.textContent ?? '');
			// A heading without a link (a "Part" grouping chapters) stands where its first chapter starts
			const firstLink = link?.localName === 'a' ? link : byName(li, 'a')[0];
			const found = entry(label, firstLink?.getAttribute('href') ?? null, path, depth);
			if (found) entries.push(found);
			for (const nested of children(li, 'ol')) walk(nested, depth + 1);
		}
	};
	if (list) walk(list, 0);
	return entries;
}

/** The EPUB 2 NCX's navigation map: nested navPoints giving the depth. */
export function readNcx(xml: string, path: string, parseXml: ParseXml): TocEntry[] {
	const doc = parseXml(xml);
	const map = doc && byName(doc, 'navMap')[0];
	if (!map) return [];
	const entries: TocEntry[] = [];
	const walk = (parent: Element, depth: number) => {
		for (const point of children(parent, 'navPoint')) {
			const label = clean(byName(point, 'text')[0]?.textContent ?? '');
			const found = entry(label, byName(point, 'content')[0]?.getAttribute('src') ?? null, path, depth);
			if (found) entries.push(found);
			walk(point, depth + 1);
		}
	};
	walk(map, 0);
	return entries;
}

/**
 * Whether any of `needed` is encrypted. Font obfuscation also lists fonts here, which Lectern never reads, so
 * only the files it reads count; a listing it cannot parse counts as locked, since garbage is all it would get.
 */
export function isEncrypted(encryption: string, needed: ReadonlySet<string>, parseXml: ParseXml): boolean {
	const doc = parseXml(encryption);
	if (!doc) return true;
	return byName(doc, 'CipherReference').some((reference) => {
		const path = resolvePath(reference.getAttribute('URI') ?? '', '')?.path;
		return path !== undefined && needed.has(path);
	});
}
