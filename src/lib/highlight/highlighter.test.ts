// @vitest-environment jsdom
// The overlay, where the Custom Highlight API is missing (as in jsdom): placed under the sentence, placed
// again when the text moves, and gone with everything that watched for that once the player is done.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from './highlighter';

const observers: { observed: Element[]; disconnected: boolean }[] = [];
let fonts: EventTarget;
const layoutFree = Range.prototype.getClientRects;

beforeEach(() => {
	observers.length = 0;
	vi.stubGlobal(
		'ResizeObserver',
		class {
			record = { observed: [] as Element[], disconnected: false };
			constructor() {
				observers.push(this.record);
			}
			observe(element: Element) {
				this.record.observed.push(element);
			}
			disconnect() {
				this.record.disconnected = true;
			}
		}
	);
	fonts = new EventTarget();
	Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
	// jsdom lays nothing out: one box per range.
	Range.prototype.getClientRects = function () {
		return [new DOMRect(10, 20, 100, 16)] as unknown as DOMRectList;
	};
	document.body.innerHTML = '<article><p data-block="0">The first sentence. The second.</p></article>';
});

afterEach(() => {
	vi.unstubAllGlobals();
	Range.prototype.getClientRects = layoutFree;
	document.body.innerHTML = '';
});

const root = () => document.querySelector('article') as HTMLElement;
const target = { block: 0, part: 0, start: 0, end: 19, text: 'The first sentence.' };

describe('the overlay highlight', () => {
	it('boxes the sentence, and is placed again when a font arrives', () => {
		const highlighter = new Highlighter(root());
		highlighter.showSentence(target);
		expect(document.querySelectorAll('.highlight-overlay .highlight-box')).toHaveLength(1);
		expect(observers[0]?.observed).toEqual([root()]);

		const before = document.querySelector('.highlight-box');
		fonts.dispatchEvent(new Event('loadingdone'));
		const after = document.querySelector('.highlight-box');
		expect(after).not.toBe(before);
		expect(document.querySelectorAll('.highlight-box')).toHaveLength(1);
	});

	it('leaves nothing behind once disposed: no overlay, no observer, no font listener', () => {
		const highlighter = new Highlighter(root());
		highlighter.showSentence(target);
		const removed = vi.spyOn(fonts, 'removeEventListener');
		highlighter.dispose();
		expect(document.querySelector('.highlight-overlay')).toBeNull();
		expect(observers[0]?.disconnected).toBe(true);
		expect(highlighter.sentence).toBeNull();
		expect(removed).toHaveBeenCalledWith('loadingdone', expect.any(Function));
	});
});
