// Where skipping goes, as pure index arithmetic over the speech items. "Previous" from the middle of a
// sentence or block goes back to its start first, as a media player's previous-track button does.
import type { SpeechItem } from './speech-items';

type SameUnit = (a: SpeechItem, b: SpeechItem) => boolean;

const sameBlock: SameUnit = (a, b) => a.block === b.block;
const sameSentence: SameUnit = (a, b) => sameBlock(a, b) && a.part === b.part && a.sentence === b.sentence;

function unitStart(items: readonly SpeechItem[], index: number, same: SameUnit): number {
	const item = items[index];
	if (!item) return index;
	let start = index;
	while (start > 0 && same(items[start - 1] as SpeechItem, item)) start--;
	return start;
}

/** The first item of the next unit, or `items.length` when there is none. */
function nextUnit(items: readonly SpeechItem[], index: number, same: SameUnit): number {
	const item = items[index];
	if (!item) return items.length;
	let next = index + 1;
	while (next < items.length && same(items[next] as SpeechItem, item)) next++;
	return next;
}

function previousUnit(items: readonly SpeechItem[], index: number, same: SameUnit): number {
	const start = unitStart(items, index, same);
	if (start < index || start === 0) return start;
	return unitStart(items, start - 1, same);
}

export const nextSentenceIndex = (items: readonly SpeechItem[], index: number) =>
	nextUnit(items, index, sameSentence);
export const previousSentenceIndex = (items: readonly SpeechItem[], index: number) =>
	previousUnit(items, index, sameSentence);
export const nextBlockIndex = (items: readonly SpeechItem[], index: number) =>
	nextUnit(items, index, sameBlock);
export const previousBlockIndex = (items: readonly SpeechItem[], index: number) =>
	previousUnit(items, index, sameBlock);
