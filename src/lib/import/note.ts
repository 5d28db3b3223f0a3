import { blockWords } from '$lib/article/parse';
import type { Block } from '$lib/article/types';
import { countWords } from '$lib/article/words';
import { clean } from './html-blocks';
import { directionOf } from './language';
import type { ImportedArticle } from './types';

// One http(s) URL and nothing else but whitespace: what a browser's "copy link" or a share of a page gives.
const URL_ONLY = /^\s*(https?:\/\/[^\s<>"]+)\s*$/i;

/** Shown to the reader after a link is saved, and kept in the note itself. */
export const LINK_NOTE_EXPLANATION =
	'Lectern has no server, so it cannot download web pages; it has saved this link as a note instead. ' +
	'To read the article in Lectern, open the page in your browser and share it to Lectern with the article’s ' +
	'text selected, save the page as HTML and open that file here, or copy the article’s text and paste it.';

/** The URL when the text is a single http(s) URL with a host, else null. */
export function onlyUrl(text: string): { url: URL; text: string } | null {
	const match = URL_ONLY.exec(text);
	if (!match?.[1]) return null;
	try {
		const url = new URL(match[1]);
		return url.hostname ? { url, text: match[1] } : null;
	} catch {
		// Not a URL after all (e.g. "http://[bad"), so the caller reads it as ordinary text.
		return null;
	}
}

/** A note for a link Lectern cannot fetch: the link itself and how to bring the article in. */
export function linkNote(
	link: { url: URL; text: string },
	source: string,
	options: { title?: string; lang?: string } = {}
): ImportedArticle {
	const host = link.url.hostname;
	const title = clean(options.title ?? '') || `Link to ${host}`;
	// The explanation is Lectern's own English, so the note is English unless the reader said otherwise.
	const lang = options.lang?.trim() || 'en';
	const blocks: Block[] = [
		{ kind: 'paragraph', text: link.text },
		{ kind: 'paragraph', text: LINK_NOTE_EXPLANATION }
	];
	return {
		title,
		lang,
		dir: directionOf(lang),
		blocks,
		wordCount: blocks.reduce((sum, block) => sum + blockWords(block, lang), countWords(title, lang)),
		source,
		sourceKind: 'note',
		origin: host,
		langDetected: false,
		notice: LINK_NOTE_EXPLANATION
	};
}
