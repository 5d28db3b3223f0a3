// "Read from here" buttons: one before the title and before every heading and paragraph (not the related-
// content notes), so keyboard and screen-reader users reach them and hear what each one starts. They are
// added only once the reader has started listening, so a reader who never listens has no extra Tab stops.
// Made here rather than by a component per block, so the article body is never hydrated; one listener on
// the article answers them all.

export const READ_FROM_HERE = 'Read from here';

/** Adds the buttons to an article; returns them, so they can be taken away again. */
export function addReadFromHereButtons(article: HTMLElement): HTMLButtonElement[] {
	const doc = article.ownerDocument;
	const places: Array<[Element, number]> = [];
	const title = article.querySelector('#title');
	if (title) places.push([title, -1]);
	for (const block of article.querySelectorAll<HTMLElement>('[data-block]')) {
		if (block.localName !== 'aside') places.push([block, Number(block.dataset['block'])]);
	}
	return places.map(([element, index]) => {
		const button = doc.createElement('button');
		button.type = 'button';
		button.className = 'read-from-here target';
		button.dataset['readFrom'] = String(index);
		const icon = doc.createElement('span');
		icon.setAttribute('aria-hidden', 'true');
		icon.textContent = '▶';
		const label = doc.createElement('span');
		label.className = 'visually-hidden';
		label.textContent = READ_FROM_HERE;
		button.append(icon, label);
		element.before(button);
		return button;
	});
}

/** The block a click asks to read from (-1: the title), or undefined when it was not on such a button. */
export function readFromIndex(target: EventTarget | null): number | undefined {
	if (!target || !('closest' in target) || typeof target.closest !== 'function') return undefined;
	const button = (target as Element).closest<HTMLElement>('button[data-read-from]');
	const index = Number(button?.dataset['readFrom']);
	return button && Number.isInteger(index) ? index : undefined;
}
