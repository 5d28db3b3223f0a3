// Finds the DOM text of a spoken item without touching the text nodes: a Range over the rendered article.

/** Where an item's text is: its block (-1 = the title), the list item or quote paragraph, and offsets in it. */
export interface TextTarget {
	block: number;
	part: number;
	start: number;
	end: number;
	text: string;
}

/** The element holding a block's part: the block itself, or its nth list item / quote paragraph. */
export function partElement(
	root: ParentNode,
	target: Pick<TextTarget, 'block' | 'part'>
): HTMLElement | null {
	const block =
		target.block === -1
			? root.querySelector<HTMLElement>('#title')
			: root.querySelector<HTMLElement>(`[data-block="${target.block}"]`);
	if (!block) return null;
	// Every item, nested ones included, in reading order: a nested list sits inside the item above it.
	if (block.matches('ul, ol')) return block.querySelectorAll<HTMLElement>('li')[target.part] ?? null;
	if (block.matches('blockquote'))
		return block.querySelectorAll<HTMLElement>(':scope > p')[target.part] ?? null;
	return block;
}

/** A Range over `target.text` inside its element; offsets are re-anchored by the text in case of whitespace. */
export function rangeFor(root: ParentNode, target: TextTarget): Range | null {
	const element = partElement(root, target);
	if (!element) return null;
	const content = element.textContent ?? '';
	const near = content.indexOf(target.text, Math.max(0, target.start - 16));
	const start = near === -1 ? target.start : near;
	const end = near === -1 ? target.end : near + target.text.length;
	if (start < 0 || end > content.length || start >= end) return null;

	const range = element.ownerDocument.createRange();
	const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	let offset = 0;
	let started = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const length = node.textContent?.length ?? 0;
		if (!started && start < offset + length) {
			range.setStart(node, start - offset);
			started = true;
		}
		if (started && end <= offset + length) {
			range.setEnd(node, end - offset);
			return range;
		}
		offset += length;
	}
	return null;
}
