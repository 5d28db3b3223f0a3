type Granularity = 'word' | 'sentence';

/** V8's segment iterator slows down quadratically with string length, so long text is segmented in windows. */
const WINDOW = 2000;

const cache = new Map<string, Intl.Segmenter>();

/** A cached `Intl.Segmenter`; an invalid language tag falls back to the default locale instead of throwing. */
export function segmenter(lang: string | undefined, granularity: Granularity): Intl.Segmenter {
	const key = `${granularity}\u0000${lang ?? ''}`;
	let found = cache.get(key);
	if (!found) {
		try {
			found = new Intl.Segmenter(lang, { granularity });
		} catch {
			// Text from anywhere must still be segmented; the default locale handles every script.
			found = new Intl.Segmenter(undefined, { granularity });
		}
		cache.set(key, found);
	}
	return found;
}

/** End of the window starting at `start`: after the last whitespace in its second half, else a code-point boundary. */
function windowEnd(text: string, start: number): number {
	let end = start + WINDOW;
	if (end >= text.length) return text.length;
	for (let i = end - 1; i > start + WINDOW / 2; i--) if (/\s/.test(text[i] ?? '')) return i + 1;
	if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
	return end;
}

/**
 * The segments of `text`, like `segmenter(lang, granularity).segment(text)` but in linear time. Each
 * window's last segment may be cut short, so it is dropped and the next window starts where it began.
 */
export function* segments(
	text: string,
	lang: string | undefined,
	granularity: Granularity
): Generator<Intl.SegmentData> {
	let start = 0;
	while (start < text.length) {
		const end = windowEnd(text, start);
		const window = text.slice(start, end);
		const parts = [...segmenter(lang, granularity).segment(window)];
		const last = parts[parts.length - 1];
		const keep = end === text.length || parts.length < 2 || !last ? parts.length : parts.length - 1;
		for (const part of parts.slice(0, keep)) yield { ...part, index: start + part.index, input: text };
		start = keep === parts.length ? end : start + (last?.index ?? window.length);
	}
}
