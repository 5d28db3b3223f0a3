// Shows the sentence being read with the CSS Custom Highlight API; where that is missing, an overlay of boxes
// behind the text. Either way the article's text nodes are never split or wrapped.
import { SENTENCE_EVENT } from './events';
import { rangeFor, type TextTarget } from './locate';

export const SENTENCE_HIGHLIGHT = 'lectern-sentence';
export const WORD_HIGHLIGHT = 'lectern-word';

type HighlightRegistry = Map<string, unknown>;
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightConstructor } | null {
	const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
	const Highlight = (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;
	return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

export class Highlighter {
	#root: HTMLElement;
	#overlay: HTMLElement | null = null;
	#sentence: Range | null = null;
	/** Stops placing the overlay again when the text moves under it. */
	#stopRepainting = () => {};

	constructor(root: HTMLElement) {
		this.#root = root;
	}

	/** The current sentence's range (for tests and for following it on screen). */
	get sentence(): Range | null {
		return this.#sentence;
	}

	/** Highlights one item; only this Range changes, however long the article. */
	showSentence(target: TextTarget): Range | null {
		this.#sentence = rangeFor(this.#root, target);
		this.#paint(SENTENCE_HIGHLIGHT, this.#sentence);
		this.clearWord();
		if (this.#sentence) dispatchEvent(new CustomEvent(SENTENCE_EVENT, { detail: this.#sentence }));
		return this.#sentence;
	}

	/** Highlights a word inside the current item, when the engine reports word boundaries. */
	showWord(target: TextTarget): void {
		this.#paint(WORD_HIGHLIGHT, rangeFor(this.#root, target));
	}

	clearWord(): void {
		this.#paint(WORD_HIGHLIGHT, null);
	}

	clear(): void {
		this.#sentence = null;
		this.#paint(SENTENCE_HIGHLIGHT, null);
		this.clearWord();
	}

	/** The player is done with this article: no highlight, no overlay, nothing left listening. */
	dispose(): void {
		this.clear();
		this.#stopRepainting();
		this.#overlay?.remove();
		this.#overlay = null;
	}

	#paint(name: string, range: Range | null): void {
		const api = registry();
		if (api) {
			if (range) api.highlights.set(name, new api.Highlight(range));
			else api.highlights.delete(name);
			return;
		}
		if (name === SENTENCE_HIGHLIGHT) this.#paintOverlay(range);
	}

	/** Fallback: absolutely placed boxes under the text, hidden from assistive technology. */
	#paintOverlay(range: Range | null): void {
		this.#overlay?.replaceChildren();
		if (!range) return;
		const doc = this.#root.ownerDocument;
		if (!this.#overlay) {
			this.#overlay = doc.createElement('div');
			this.#overlay.className = 'highlight-overlay';
			this.#overlay.setAttribute('aria-hidden', 'true');
			doc.body.append(this.#overlay);
			// The boxes are placed once per sentence: when the text moves under them (a font arriving, a new
			// width or text size), they are placed again over the same sentence.
			const repaint = () => {
				if (this.#sentence) this.#paintOverlay(this.#sentence);
			};
			const resized = new ResizeObserver(repaint);
			resized.observe(this.#root);
			doc.fonts?.addEventListener('loadingdone', repaint);
			this.#stopRepainting = () => {
				resized.disconnect();
				doc.fonts?.removeEventListener('loadingdone', repaint);
			};
		}
		for (const rect of range.getClientRects()) {
			const box = doc.createElement('div');
			box.className = 'highlight-box';
			box.style.setProperty('inset-block-start', `${rect.top + scrollY}px`);
			box.style.setProperty('inset-inline-start', `${rect.left + scrollX}px`);
			box.style.setProperty('inline-size', `${rect.width}px`);
			box.style.setProperty('block-size', `${rect.height}px`);
			this.#overlay.append(box);
		}
	}
}
