import type { Block } from '$lib/article/types';

// The article's body as HTML, for the reader to insert as it is (`{@html}`): a prerendered page's body is
// then never hydrated, only skipped over, and a saved article's is one `innerHTML`, not a component per
// block. Every block carries `data-block` (its index) so read-aloud and "Read from here" can find it.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escaping = (characters: RegExp) => (text: string) =>
	text.replace(characters, (char) => ESCAPES[char] ?? char);

/** Text as HTML text. */
export const escapeText = escaping(/[&<>]/g);
/** Text as a double-quoted attribute value. */
const escapeAttribute = escaping(/[&<>"]/g);

/** A heading's level as a tag, h2 to h6 whatever a stored record holds (it becomes markup, not text). */
const headingTag = (level: unknown) => `h${Math.min(6, Math.max(2, Math.trunc(Number(level)) || 2))}`;

function blockHtml(block: Block, index: number): string {
	switch (block.kind) {
		case 'heading': {
			const tag = headingTag(block.level);
			return `<${tag} id="${escapeAttribute(block.id)}" class="heading" data-block="${index}">${escapeText(block.text)}</${tag}>`;
		}
		case 'paragraph':
		case 'standfirst':
			return `<p data-block="${index}">${escapeText(block.text)}</p>`;
		case 'list': {
			const tag = block.ordered ? 'ol' : 'ul';
			return `<${tag} data-block="${index}">${listItemsHtml(block.items, block.levels)}</${tag}>`;
		}
		case 'quote':
			return `<blockquote data-block="${index}">${block.paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('')}</blockquote>`;
		case 'aside':
			// A related-content promo is a note, labelled and visibly secondary, so a screen reader announces
			// it as an aside rather than as part of the report.
			return `<aside class="related" role="note" aria-label="Related content" data-block="${index}"><p><span class="related-label">${escapeText(block.label)}:</span> ${escapeText(block.text)}</p></aside>`;
		case 'meta':
			// The reader shows metadata in the article's header; elsewhere it is a plain line.
			return `<p class="byline" data-block="${index}">${escapeText(block.text)}</p>`;
	}
}

/**
 * List items, a nested item inside a `<ul>` within the item above it, so a screen reader announces the
 * nesting. Items stay in reading order, so the nth `<li>` of the list is its nth item.
 */
function listItemsHtml(items: readonly string[], levels: readonly number[] = []): string {
	let html = '';
	let depth = 0;
	items.forEach((item, i) => {
		// A stored level is trusted only as far as one step deeper than the item above.
		const level = Math.max(0, Math.min(depth + (i > 0 ? 1 : 0), Math.trunc(Number(levels[i])) || 0));
		if (i > 0 && level > depth) html += '<ul>'.repeat(level - depth);
		else if (i > 0) html += '</li>' + '</ul></li>'.repeat(depth - level);
		html += `<li>${escapeText(item)}`;
		depth = level;
	});
	return items.length > 0 ? html + '</li></ul>'.repeat(depth) + '</li>' : '';
}

/**
 * The body's blocks from `first` on (the standfirst, shown in the header, is left out by the caller), each
 * group of `groupSize` blocks in a `<div class="group">` when a group size is given.
 */
export function articleBodyHtml(blocks: readonly Block[], { first = 0, groupSize = 0 } = {}): string {
	const html = (from: number, to: number) =>
		blocks
			.slice(from, to)
			.map((block, offset) => blockHtml(block, from + offset))
			.join('\n');
	if (groupSize <= 0) return html(first, blocks.length);
	const groups: string[] = [];
	for (let start = 0; start < blocks.length; start += groupSize) {
		const from = Math.max(start, first);
		if (from < start + groupSize) groups.push(`<div class="group">${html(from, start + groupSize)}</div>`);
	}
	return groups.join('\n');
}
