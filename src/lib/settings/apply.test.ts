import { describe, expect, it } from 'vitest';
import { MIRROR_KEY, readMirror, writeMirror } from './apply';
import { DEFAULT_SETTINGS } from './model';

/** A localStorage in memory. */
function storage(): Storage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		get length() {
			return items.size;
		},
		key: (index) => [...items.keys()][index] ?? null,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
		clear: () => items.clear()
	};
}

describe('the mirror of the settings', () => {
	it('is read back as it was written', () => {
		const local = storage();
		writeMirror({ ...DEFAULT_SETTINGS, theme: 'dark' }, 42, local);
		expect(readMirror(local.getItem(MIRROR_KEY))).toEqual({
			settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
			updatedAt: 42
		});
	});

	it('is removed when a newer one cannot be written, so an older one is never taken for the newest', () => {
		const local = storage();
		writeMirror({ ...DEFAULT_SETTINGS, theme: 'dark' }, 1, local);
		const full = Object.assign(local, {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		});
		writeMirror({ ...DEFAULT_SETTINGS, theme: 'cream' }, 2, full);
		expect(local.items.has(MIRROR_KEY)).toBe(false);
	});
});
